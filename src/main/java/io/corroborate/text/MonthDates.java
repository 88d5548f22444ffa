package io.corroborate.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Dates built around a month name: "Nov. 7", "November 7, 2024", "Thursday, Nov. 7", "7 November
 * 2024", "the 7th of November", "June 3-5", "June 2024", "in June", "early June", "mid-June",
 * "last June", "March last year".
 *
 * <p>A month with a day or a year is always a month. A month alone must follow a word that makes
 * it a date ({@link #TRIGGERS}: "in June", "since August"), or be listed after another month
 * ("in June and July"), and is dropped before a capitalized word ("June Carter"). "May" and
 * "March" alone need one of the narrower {@link #AMBIGUOUS_TRIGGERS}, since "may" is a modal
 * verb and "March" a verb or a name ("the March on Washington").
 *
 * <p>A year is read after "Month day," only with the comma ("7 November 2024" needs none) and
 * only 1900–2100, exactly where {@link NumberContext} stops counting it; "Nov. 7 2024" yields
 * "Nov. 7" and leaves 2024 to the number recognizer.
 * Without a year, the year comes from the publication date ({@link DateAnchors#yearFor}); with no
 * publication date such mentions are not returned.
 */
final class MonthDates {
  private MonthDates() {}

  private static final Set<String> TRIGGERS = Set.of("in", "of", "since", "until", "till", "by",
      "from", "through", "throughout", "during", "before", "after", "between", "early", "mid", "late",
      "for");

  private static final Set<String> AMBIGUOUS_TRIGGERS = Set.of("in", "of", "since", "until", "till",
      "by", "from", "through", "throughout", "during", "between", "early", "mid", "late");

  private static final Set<String> LIST_JOINERS = Set.of("and", "or", "to", ",", "-", "\u2013");

  private static final Set<String> MODIFIERS = Set.of("last", "this", "next");

  /** Adds the candidates found in {@code t} to {@code out}; {@code published} may be null. */
  static void find(List<Token> t, LocalDate published, List<DateSpan> out) {
    for (int i = 0; i < t.size(); i++) {
      int m = DateWords.month(t, i);
      if (m != 0) {
        monthFirst(t, i, m, published, out);
        dayFirst(t, i, m, published, out);
        String prev = DateWords.lower(t, i - 1);
        boolean part = DateWords.PARTS.contains(prev);
        monthOnly(t, i, m, part ? prev : null, part ? i - 1 : i, published, out);
      } else if ((m = midMonth(t.get(i))) != 0 && DateWords.year(t, i + 1, 0, 9999) == 0) {
        // "mid-June 2024": the number recognizer does not see "mid-June" as a month and counts
        // 2024, so the pair is left alone rather than read twice
        monthOnly(t, i, m, "mid", i, published, out);
      }
    }
  }

  /**
   * The month (1–12) that the month name at {@code i} names as a date by the rules of {@link #find}, whether
   * or not a year or a publication date places it in a year ("in June", "Nov. 7", "7 November", "June
   * 2024", "early June", "mid-June"); 0 when it is no month there ("may", "the March on Washington").
   */
  static int namedMonth(List<Token> t, int i) {
    int m = DateWords.month(t, i);
    if (m == 0) {
      return midMonth(t.get(i));
    }
    boolean dated = withDay(t, i);
    boolean yeared = yearAt(t, i + 1) || DateWords.lower(t, i + 1).equals("of") && yearAt(t, i + 2)
        || relativeYear(t, i + 1) != 0;
    String prev = DateWords.lower(t, i - 1);
    boolean part = DateWords.PARTS.contains(prev);
    return dated || yeared || bareMonthOk(t, i, part ? prev : null, part ? i - 1 : i) ? m : 0;
  }

  /** True when the month at {@code i} is written with a day: "13 November", "Nov. 13", "the 13th of November". */
  static boolean withDay(List<Token> t, int i) {
    return day(t, i) != 0;
  }

  /** The (first) day written with the month at {@code i}, by the rules of {@link #withDay}; 0 when none. */
  static int day(List<Token> t, int i) {
    int[] days = days(t, i + 1);
    if (days == null) {
      days = days(t, i - 1);
    }
    if (days == null && DateWords.lower(t, i - 1).equals("of")) {
      days = days(t, i - 2);
    }
    return days == null ? 0 : days[0];
  }

  private static boolean yearAt(List<Token> t, int j) {
    return DateWords.year(t, j, YearDates.MIN_YEAR, YearDates.MAX_YEAR) != 0;
  }

  /** "Nov. 7", "Nov. 7, 2024", "Nov. 3-5", "Nov. 7 last year", with a weekday before. */
  private static void monthFirst(List<Token> t, int i, int m, LocalDate p, List<DateSpan> out) {
    int[] days = days(t, i + 1);
    if (days != null) {
      int end = i + 2;
      add(Weekdays.startBefore(t, i), end + yearLength(t, end, true), yearAfter(t, end, true, m, p), m, days, out);
    }
  }

  /** "7 November", "7 November 2024", "7th of November", "3-5 November". */
  private static void dayFirst(List<Token> t, int i, int m, LocalDate p, List<DateSpan> out) {
    int k = days(t, i - 1) != null ? i - 1
        : DateWords.lower(t, i - 1).equals("of") && days(t, i - 2) != null ? i - 2 : -1;
    if (k >= 0) {
      int end = i + 1;
      add(Weekdays.startBefore(t, k), end + yearLength(t, end, false), yearAfter(t, end, false, m, p), m, days(t, k), out);
    }
  }

  /** "June 2024", "June of 2024", "March last year", "in June", "early June", "last June". */
  private static void monthOnly(List<Token> t, int i, int m, String part, int start, LocalDate p,
      List<DateSpan> out) {
    if (days(t, i + 1) != null) {
      return;
    }
    int y = DateWords.year(t, i + 1, YearDates.MIN_YEAR, YearDates.MAX_YEAR);
    int end = i + 2;
    if (y == 0 && DateWords.lower(t, i + 1).equals("of")) {
      y = DateWords.year(t, i + 2, YearDates.MIN_YEAR, YearDates.MAX_YEAR);
      end = i + 3;
    }
    if (y == 0 && relativeYear(t, i + 1) != 0) {
      if (p == null) {
        return;
      }
      y = p.getYear() + relativeYear(t, i + 1) - 2;
      end = i + 3;
    }
    if (y == 0) {
      if (p == null || !bareMonthOk(t, i, part, start)) {
        return;
      }
      end = i + 1;
      String modifier = part == null ? DateWords.lower(t, i - 1) : "";
      int pm = p.getMonthValue();
      switch (modifier) {
        case "last": y = m < pm ? p.getYear() : p.getYear() - 1; start = i - 1; break;
        case "this": y = p.getYear(); start = i - 1; break;
        case "next": y = m > pm ? p.getYear() : p.getYear() + 1; start = i - 1; break;
        default: y = DateAnchors.yearFor(m, p);
      }
    }
    LocalDate[] d = DateAnchors.month(YearMonth.of(y, m), part);
    out.add(DateSpan.date(start, end, d[0], d[1], part == null ? DateValues.EXACT : DateValues.APPROXIMATELY));
  }

  /** A month with no day or year: see the class comment. */
  private static boolean bareMonthOk(List<Token> t, int i, String part, int start) {
    Token next = i + 1 < t.size() ? t.get(i + 1) : null;
    if (next != null && next.isWord() && next.capitalized() && DateWords.month(t, i + 1) == 0
        && DateWords.weekday(t, i + 1) == 0) {
      return false; // "June Carter"
    }
    if (part != null) {
      return true;
    }
    String prev = DateWords.lower(t, start - 1);
    if (MODIFIERS.contains(prev)) {
      return !DateWords.lower(t, start - 2).equals("the"); // "the last May"
    }
    boolean listed = LIST_JOINERS.contains(prev) && DateWords.month(t, start - 2) != 0;
    boolean ambiguous = DateWords.isAmbiguousMonth(t.get(i));
    return listed || (ambiguous ? AMBIGUOUS_TRIGGERS : TRIGGERS).contains(prev);
  }

  /** Month from a "mid-June" token, else 0. */
  private static int midMonth(Token tok) {
    String w = tok.lower();
    return tok.isWord() && w.startsWith("mid-") && w.length() > 4 && Character.isUpperCase(tok.text().charAt(4))
        ? DateWords.monthName(w.substring(4)) : 0;
  }

  /** {first, last} day numbers at {@code j}: "7", "7th" or "3-5"; null when none. */
  private static int[] days(List<Token> t, int j) {
    int[] range = DateWords.dayRange(t, j);
    int d = DateWords.day(t, j);
    return range != null ? range : d != 0 ? new int[] {d, d} : null;
  }

  /** 1/2/3 for "last year"/"this year"/"next year" at {@code j}, else 0. */
  private static int relativeYear(List<Token> t, int j) {
    if (!DateWords.lower(t, j + 1).equals("year")) {
      return 0;
    }
    switch (DateWords.lower(t, j)) {
      case "last": return 1;
      case "this": return 2;
      case "next": return 3;
      default: return 0;
    }
  }

  /**
   * The year of a day of month {@code m} written before {@code j}: written at {@code j} (", 2024"
   * after "Nov. 7", {@code comma}; "2024" after "7 November"), relative ("last year") or inferred
   * from {@code p}; 0 when it needs {@code p} and {@code p} is null.
   */
  private static int yearAfter(List<Token> t, int j, boolean comma, int m, LocalDate p) {
    int written = writtenYear(t, j, comma);
    if (written != 0) {
      return written;
    }
    if (p == null) {
      return 0;
    }
    int relative = relativeYear(t, j);
    return relative != 0 ? p.getYear() + relative - 2 : DateAnchors.yearFor(m, p);
  }

  /** ", 2024" ({@code comma}) or "2024" at {@code j}, else 0. */
  private static int writtenYear(List<Token> t, int j, boolean comma) {
    if (comma && !DateWords.lower(t, j).equals(",")) {
      return 0;
    }
    return DateWords.year(t, comma ? j + 1 : j, YearDates.MIN_YEAR, YearDates.MAX_YEAR);
  }

  /** Tokens {@link #yearAfter} read at {@code j}: ", 2024", "2024", "last year", or none. */
  private static int yearLength(List<Token> t, int j, boolean comma) {
    if (writtenYear(t, j, comma) != 0) {
      return comma ? 2 : 1;
    }
    return relativeYear(t, j) != 0 ? 2 : 0;
  }

  /** Emits days {@code [d0, d1]} of month {@code m} of year {@code y}; nothing when y is 0. */
  private static void add(int start, int end, int y, int m, int[] d, List<DateSpan> out) {
    if (y == 0) {
      return;
    }
    try {
      out.add(DateSpan.date(start, end, LocalDate.of(y, m, d[0]), LocalDate.of(y, m, d[1]), DateValues.EXACT));
    } catch (DateTimeException e) {
      // "Feb. 30": not a date
    }
  }
}
