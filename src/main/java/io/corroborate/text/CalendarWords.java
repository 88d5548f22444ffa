package io.corroborate.text;

import java.util.Set;

/**
 * Month and weekday names as written in news ("January", "Jan.", "Sept.", "JUNE"). A token must
 * be capitalized to count, so the verb "may" or "march" is not taken for a month.
 */
public final class CalendarWords {
  private CalendarWords() {}

  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec");

  private static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static boolean isMonth(Token t) {
    return t.capitalized() && MONTHS.contains(t.lower());
  }

  /** A month name by its lower-case key ("nov.", "november"), for words without their token. */
  static boolean isMonthKey(String key) {
    return MONTHS.contains(key);
  }

  static boolean isWeekday(Token t) {
    return t.capitalized() && WEEKDAYS.contains(t.lower());
  }

  /** A month or weekday name: "Saturday" ends a noun phrase ("23 people Saturday"). */
  public static boolean isCalendarWord(Token t) {
    return isMonth(t) || isWeekday(t);
  }
}
