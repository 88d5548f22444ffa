package io.corroborate.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic shared by the date matchers: which year a month named without a year
 * means, the Monday–Sunday week of a day, and the fuzzy parts of a week, month or year. One place
 * for these choices, so that "Nov. 7", "in June" and "early last month" follow the same rules.
 *
 * <p>Year of a month written without a year: the month is taken to lie within ten months before
 * and one month after the publication month (news mostly reports the recent past, sometimes the
 * coming weeks). So, published 2024-12-28, "Jan. 2" is 2025-01-02; published 2025-01-03, "Dec. 28"
 * is 2024-12-28; published 2024-11-07, "in June" is June 2024 and "in January" January 2024.
 */
final class DateAnchors {
  private DateAnchors() {}

  /** Months after the publication month that a year-less month may still mean. */
  static final int MONTHS_AHEAD = 1;

  /** The year of {@code month} (1–12) named without a year, per the class rule. */
  static int yearFor(int month, LocalDate published) {
    int diff = month - published.getMonthValue();
    if (diff > MONTHS_AHEAD) {
      return published.getYear() - 1;
    }
    if (diff < MONTHS_AHEAD - 11) {
      return published.getYear() + 1;
    }
    return published.getYear();
  }

  /** The Monday of the Monday–Sunday week holding {@code day}. */
  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The most recent {@code weekday} (1 = Monday) on or before {@code day}. */
  static LocalDate onOrBefore(LocalDate day, int weekday) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
  }

  /**
   * Days of a part of the week that starts on {@code monday}: "early" Mon–Wed, "mid" Tue–Thu,
   * "late" Thu–Sun; {@code null} part means the whole week.
   */
  static LocalDate[] week(LocalDate monday, String part) {
    if (part == null) {
      return span(monday, monday.plusDays(6));
    }
    switch (part) {
      case "early": return span(monday, monday.plusDays(2));
      case "mid": return span(monday.plusDays(1), monday.plusDays(3));
      default: return span(monday.plusDays(3), monday.plusDays(6));
    }
  }

  /** Days of a part of a month: "early" 1–10, "mid" 11–20, "late" 21–end; null = whole month. */
  static LocalDate[] month(YearMonth ym, String part) {
    if (part == null) {
      return span(ym.atDay(1), ym.atEndOfMonth());
    }
    switch (part) {
      case "early": return span(ym.atDay(1), ym.atDay(10));
      case "mid": return span(ym.atDay(11), ym.atDay(20));
      default: return span(ym.atDay(21), ym.atEndOfMonth());
    }
  }

  /** Days of a part of a year: "early" Jan–Apr, "mid" May–Aug, "late" Sep–Dec; null = whole year. */
  static LocalDate[] year(int year, String part) {
    if (part == null) {
      return span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    switch (part) {
      case "early": return span(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
      case "mid": return span(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
      default: return span(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
    }
  }

  /**
   * Meteorological seasons of {@code year}: spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov,
   * winter Dec of {@code year} to the end of February of the next year. Null for other words.
   */
  static LocalDate[] season(String name, int year) {
    switch (name) {
      case "spring": return span(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
      case "summer": return span(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
      case "autumn": case "fall": return span(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
      case "winter": return span(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
      default: return null;
    }
  }

  /**
   * The year whose season "this {@code name}" means: the publication year, except for winter,
   * which is the winter in progress (December–February), the one just ended (March–June) or the
   * coming one (July–November); the returned year is the December's.
   */
  static int thisSeasonYear(String name, LocalDate published) {
    int y = published.getYear();
    if (!name.equals("winter")) {
      return y;
    }
    int m = published.getMonthValue();
    return m == 12 || m >= 7 ? y : y - 1;
  }

  static LocalDate[] span(LocalDate first, LocalDate last) {
    return new LocalDate[] {first, last};
  }
}
