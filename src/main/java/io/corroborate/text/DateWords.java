package io.corroborate.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token-level readers for the date recognizer: month and weekday names, day numbers ("7",
 * "7th", "3-5"), years and decades, each returning 0 (or null) when the token is not one.
 *
 * <p>Separate from {@link CalendarWords} (which only answers "is this a month?" for the number
 * recognizer) because dates need the value and the guards for ambiguous words: "May" and "March"
 * are also a modal verb and a verb/noun, so callers must check {@link #isAmbiguousMonth} before
 * taking one without a day or year; weekday abbreviations ("Sun.", "Sat.") count only with their
 * period. Out-of-range positions read as "" so callers can look around without bounds checks.
 */
final class DateWords {
  private DateWords() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan.", 1), Map.entry("jan", 1),
      Map.entry("february", 2), Map.entry("feb.", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar.", 3),
      Map.entry("april", 4), Map.entry("apr.", 4), Map.entry("apr", 4),
      Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun.", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul.", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug.", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept.", 9), Map.entry("sept", 9), Map.entry("sep.", 9),
      Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct.", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov.", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec.", 12), Map.entry("dec", 12));

  private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2,
      "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

  /** Abbreviations that the tokenizer leaves without their period ("Sun" "."). */
  private static final Map<String, Integer> WEEKDAY_ABBREVIATIONS = Map.ofEntries(
      Map.entry("Mon", 1), Map.entry("Tue", 2), Map.entry("Tues", 2), Map.entry("Wed", 3),
      Map.entry("Thu", 4), Map.entry("Thur", 4), Map.entry("Thurs", 4), Map.entry("Fri", 5),
      Map.entry("Sat", 6), Map.entry("Sun", 7));

  /** Words before a month, year or weekday that make it a date ("in June", "since 2022"). */
  static final Set<String> DATE_PREPOSITIONS = Set.of("in", "of", "since", "until", "till", "by",
      "from", "through", "throughout", "during", "before", "after", "between", "on");

  /** Fuzzy position inside a span: "early", "mid", "late". */
  static final Set<String> PARTS = Set.of("early", "mid", "late");

  /** Token text lower-cased, or "" outside the sentence. */
  static String lower(List<Token> t, int i) {
    return i >= 0 && i < t.size() ? t.get(i).lower() : "";
  }

  /** Lower-cased text without a possessive "'s" ("thursday's" → "thursday"). */
  static String base(Token t) {
    String w = t.lower();
    return w.endsWith("'s") && w.length() > 2 ? w.substring(0, w.length() - 2) : w;
  }

  /** 1–12 for a capitalized month name or abbreviation at {@code i}, else 0. */
  static int month(List<Token> t, int i) {
    if (i < 0 || i >= t.size() || !t.get(i).isWord() || !t.get(i).capitalized()) {
      return 0;
    }
    return MONTHS.getOrDefault(base(t.get(i)), 0);
  }

  /** 1–12 for a lower-case month name or abbreviation ("june", "nov."), else 0. */
  static int monthName(String lower) {
    return MONTHS.getOrDefault(lower, 0);
  }

  /** "May" and "March" (not "Mar."): a verb as often as a month. */
  static boolean isAmbiguousMonth(Token t) {
    String w = base(t);
    return w.equals("may") || w.equals("march");
  }

  /** 1 (Monday) – 7 (Sunday) for a capitalized weekday name at {@code i}, else 0. */
  static int weekday(List<Token> t, int i) {
    if (i < 0 || i >= t.size() || !t.get(i).isWord() || !t.get(i).capitalized()) {
      return 0;
    }
    return WEEKDAYS.getOrDefault(base(t.get(i)), 0);
  }

  /** 1–7 for "Sun" immediately followed by its period token ("Sun."), else 0. */
  static int weekdayAbbreviation(List<Token> t, int i) {
    if (i < 0 || i + 1 >= t.size()) {
      return 0;
    }
    Token dot = t.get(i + 1);
    boolean glued = dot.text().equals(".") && dot.start() == t.get(i).end();
    return glued ? WEEKDAY_ABBREVIATIONS.getOrDefault(t.get(i).text(), 0) : 0;
  }

  /** 1–31 for a day number "7", "07", or ordinal "7th", "1st", "22nd", "23rd", else 0. */
  static int day(List<Token> t, int i) {
    if (i < 0 || i >= t.size() || t.get(i).kind() != TokenKind.NUMBER) {
      return 0;
    }
    String w = t.get(i).lower();
    int digits = leadingDigits(w);
    if (digits == 0 || digits > 2) {
      return 0;
    }
    int d = Integer.parseInt(w.substring(0, digits));
    String suffix = w.substring(digits);
    if (!suffix.isEmpty() && !suffix.equals(ordinalSuffix(d))) {
      return 0;
    }
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** {first, last} for a glued day range "3-5" with first < last ≤ 31, else null. */
  static int[] dayRange(List<Token> t, int i) {
    if (i < 0 || i >= t.size() || t.get(i).kind() != TokenKind.NUMBER) {
      return null;
    }
    String w = t.get(i).text();
    int dash = w.indexOf('-');
    if (dash < 1 || dash > 2 || !allDigits(w, 0, dash) || w.length() - dash - 1 < 1
        || w.length() - dash - 1 > 2 || !allDigits(w, dash + 1, w.length())) {
      return null;
    }
    int a = Integer.parseInt(w.substring(0, dash));
    int b = Integer.parseInt(w.substring(dash + 1));
    return a >= 1 && a < b && b <= 31 ? new int[] {a, b} : null;
  }

  /** The year of a plain 4-digit number in {@code [min, max]} at {@code i}, else 0. */
  static int year(List<Token> t, int i, int min, int max) {
    if (i < 0 || i >= t.size() || t.get(i).kind() != TokenKind.NUMBER) {
      return 0;
    }
    String w = t.get(i).text();
    if (w.length() != 4 || !allDigits(w, 0, 4)) {
      return 0;
    }
    int y = Integer.parseInt(w);
    return y >= min && y <= max ? y : 0;
  }

  /** 1990 for "1990s" (decades 1900s–2090s), else 0. */
  static int decade(List<Token> t, int i) {
    if (i < 0 || i >= t.size() || t.get(i).kind() != TokenKind.NUMBER) {
      return 0;
    }
    String w = t.get(i).lower();
    if (w.length() != 5 || w.charAt(4) != 's' || w.charAt(3) != '0' || !allDigits(w, 0, 4)) {
      return 0;
    }
    int y = Integer.parseInt(w.substring(0, 4));
    return y >= 1900 && y <= 2090 ? y : 0;
  }

  static boolean allDigits(String w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!TextChars.isDigit(w.charAt(k))) {
        return false;
      }
    }
    return to > from;
  }

  private static int leadingDigits(String w) {
    int k = 0;
    while (k < w.length() && TextChars.isDigit(w.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String ordinalSuffix(int d) {
    if (d >= 11 && d <= 13) {
      return "th";
    }
    switch (d % 10) {
      case 1: return "st";
      case 2: return "nd";
      case 3: return "rd";
      default: return "th";
    }
  }
}
