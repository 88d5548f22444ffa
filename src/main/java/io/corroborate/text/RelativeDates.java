package io.corroborate.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Dates relative to the publication day P, returned only when P is known:
 *
 * <ul>
 *   <li>"yesterday" P−1, "today"/"tonight"/"this morning"/"earlier today" P, "tomorrow" P+1, "last
 *       night" P−1, "the day before yesterday" P−2; a part of the day after them ("yesterday
 *       morning") joins the mention;
 *   <li>"N days ago" P−N (exact), "N weeks/months/years ago" and "a week ago" that day
 *       (approximately);
 *   <li>"last/this/next week|month|year": calendar units (weeks run Monday–Sunday), exact;
 *       "early/mid/late" before them narrow to Mon–Wed / Tue–Thu / Thu–Sun of a week, days 1–10 /
 *       11–20 / 21–end of a month, Jan–Apr / May–Aug / Sep–Dec of a year, approximately;
 *   <li>"earlier this week|month|year" from the unit's start to P−1, "later this …" from P+1 to
 *       its end, approximately; "the past week|month|year" the rolling unit before P, approximately;
 *   <li>"this/last/next summer" (and spring, autumn, fall, winter): meteorological seasons of P's
 *       year, the previous or the next one ({@link DateAnchors#season}), approximately;
 *   <li>"over/at/on the weekend", "this past weekend": the Saturday–Sunday whose Saturday is the
 *       most recent one strictly before P (published on a Sunday: yesterday and today);
 *       "last weekend": the most recent Saturday–Sunday that ended strictly before P;
 *       "this weekend": the Saturday–Sunday of P's week; "next weekend" the one after.
 * </ul>
 *
 * <p>"Today" capitalized inside a sentence is a name ("USA Today") and is skipped; "the last
 * week/year" before "of" ("the last week of June") is not a date.
 */
final class RelativeDates {
  private RelativeDates() {}

  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
  private static final Set<String> UNITS = Set.of("week", "month", "year");
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening");
  /** Parts of a day written after "yesterday", "tomorrow" or a weekday: same day, longer mention. */
  static final Set<String> DAY_PARTS_AFTER = Set.of("morning", "afternoon", "evening", "night");
  private static final Set<String> AGO_UNITS = Set.of("day", "week", "month", "year");
  private static final Set<String> WEEKEND_PREPOSITIONS = Set.of("over", "at", "on", "during",
      "through", "throughout");

  /** Adds the candidates found in {@code t} to {@code out}; nothing when {@code p} is null. */
  static void find(List<Token> t, LocalDate p, List<DateSpan> out) {
    if (p == null) {
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      dayWord(t, i, p, out);
      dayBefore(t, i, p, out);
      ago(t, i, p, out);
      unitPhrase(t, i, p, out);
      rolling(t, i, p, out);
      season(t, i, p, out);
      weekend(t, i, p, out);
    }
  }

  private static void dayWord(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    Token tok = t.get(i);
    String next = DateWords.lower(t, i + 1);
    int offset;
    int len = 1;
    switch (DateWords.base(tok)) {
      case "yesterday": offset = -1; break;
      case "today": case "tonight": offset = 0; break;
      case "tomorrow": offset = 1; break;
      case "last": offset = -1; len = next.equals("night") && !prevIs(t, i, "the") ? 2 : 0; break;
      case "this": offset = 0; len = DAY_PARTS.contains(next) ? 2 : 0; break;
      default: return;
    }
    if (len == 0 || (len == 1 && tok.capitalized() && i > 0)) {
      return; // "USA Today"
    }
    int start = i;
    if (len == 1 && offset != 0 || DateWords.base(tok).equals("today")) {
      len += DAY_PARTS_AFTER.contains(next) ? 1 : 0; // "yesterday morning", "tomorrow night"
      String prev = DateWords.lower(t, i - 1);
      start = offset == 0 && (prev.equals("earlier") || prev.equals("later")) ? i - 1 : i; // "earlier today"
    }
    LocalDate d = p.plusDays(offset);
    out.add(DateSpan.date(start, i + len, d, d, DateValues.EXACT));
  }

  /** "the day before yesterday" (P−2), "the day after tomorrow" (P+2). */
  private static void dayBefore(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    String rel = DateWords.lower(t, i + 2);
    String target = DateWords.lower(t, i + 3);
    boolean before = rel.equals("before") && target.equals("yesterday");
    boolean after = rel.equals("after") && target.equals("tomorrow");
    if (DateWords.lower(t, i).equals("the") && DateWords.lower(t, i + 1).equals("day") && (before || after)) {
      LocalDate d = p.plusDays(before ? -2 : 2);
      out.add(DateSpan.date(i, i + 4, d, d, DateValues.EXACT));
    }
  }

  /**
   * "three days ago" (the day, exact), "two weeks ago", "a month ago", "a year ago" (that day,
   * approximately: a week ago is rarely meant to the day). The number must be a whole count.
   */
  private static void ago(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    if (!DateWords.lower(t, i).equals("ago") || i < 2) {
      return;
    }
    String unit = agoUnit(DateWords.lower(t, i - 1));
    int[] count = unit == null ? null : countBefore(t, i - 1);
    if (count == null) {
      return;
    }
    int n = count[1];
    LocalDate d = switch (unit) {
      case "day" -> p.minusDays(n);
      case "week" -> p.minusWeeks(n);
      case "month" -> p.minusMonths(n);
      default -> p.minusYears(n);
    };
    out.add(DateSpan.date(count[0], i + 1, d, d, unit.equals("day") ? DateValues.EXACT : DateValues.APPROXIMATELY));
  }

  private static String agoUnit(String w) {
    String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return AGO_UNITS.contains(singular) ? singular : null;
  }

  /** {start, n} of the whole count ending before {@code unit}: "a", "three", "10"; or null. */
  private static int[] countBefore(List<Token> t, int unit) {
    String w = DateWords.lower(t, unit - 1);
    if (w.equals("a") || w.equals("an")) {
      return new int[] {unit - 1, 1};
    }
    for (int start = unit - 1; start >= Math.max(0, unit - 4); start--) {
      NumberReader.ParsedNumber n = NumberReader.read(t, start, false, false);
      if (n != null && n.end() == unit && n.form() == NumberReader.Form.PLAIN && n.unit() == null
          && n.value() >= 1 && n.value() == Math.rint(n.value()) && n.value() <= 1000) {
        return new int[] {start, (int) n.value()};
      }
    }
    return null;
  }

  /** "last week", "early next month", "earlier this year", "late last year". */
  private static void unitPhrase(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    String part = DateWords.PARTS.contains(DateWords.lower(t, i)) ? DateWords.lower(t, i) : null;
    int j = part == null ? i : i + 1;
    String mod = DateWords.lower(t, j);
    if (part == null && (mod.equals("earlier") || mod.equals("later")) && DateWords.lower(t, j + 1).equals("this")
        && unitAt(t, j + 2) != null) {
      LocalDate[] whole = unit(unitAt(t, j + 2), p, 0, null);
      LocalDate[] d = mod.equals("earlier") ? DateAnchors.span(whole[0], p.minusDays(1))
          : DateAnchors.span(min(p.plusDays(1), whole[1]), whole[1]);
      out.add(DateSpan.date(i, j + 3, d[0], d[1], DateValues.APPROXIMATELY));
      return;
    }
    int offset = mod.equals("last") ? -1 : mod.equals("this") ? 0 : mod.equals("next") ? 1 : 2;
    String unit = unitAt(t, j + 1);
    if (offset == 2 || unit == null || (part == null && offset == -1 && prevIs(t, i, "the"))) {
      return;
    }
    LocalDate[] d = unit(unit, p, offset, part);
    out.add(DateSpan.date(i, j + 2, d[0], d[1], part == null ? DateValues.EXACT : DateValues.APPROXIMATELY));
  }

  /** "the past week", "the last month" (not before "of"), "this past year": rolling, approximately. */
  private static void rolling(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    String w = DateWords.lower(t, i);
    String mod = DateWords.lower(t, i + 1);
    String unit = unitAt(t, i + 2);
    boolean ok = (w.equals("the") && (mod.equals("past") || mod.equals("last")))
        || (w.equals("this") && mod.equals("past"));
    if (!ok || unit == null || DateWords.lower(t, i + 3).equals("of")) {
      return;
    }
    LocalDate from = unit.equals("week") ? p.minusWeeks(1) : unit.equals("month") ? p.minusMonths(1) : p.minusYears(1);
    out.add(DateSpan.date(i, i + 3, from, p.minusDays(1), DateValues.APPROXIMATELY));
  }

  /** "this summer", "last winter", "next spring". */
  private static void season(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    if (i + 1 >= t.size()) {
      return;
    }
    String mod = DateWords.lower(t, i);
    String name = DateWords.base(t.get(i + 1));
    int offset = mod.equals("last") ? -1 : mod.equals("this") ? 0 : mod.equals("next") ? 1 : 2;
    if (offset == 2 || !SEASONS.contains(name) || (offset == -1 && prevIs(t, i, "the"))) {
      return;
    }
    LocalDate[] d = DateAnchors.season(name, DateAnchors.thisSeasonYear(name, p) + offset);
    out.add(DateSpan.date(i, i + 2, d[0], d[1], DateValues.APPROXIMATELY));
  }

  /** "over the weekend", "this past weekend", "last weekend", "this weekend", "next weekend". */
  private static void weekend(List<Token> t, int i, LocalDate p, List<DateSpan> out) {
    if (!DateWords.base(t.get(i)).equals("weekend")) {
      return;
    }
    String prev = DateWords.lower(t, i - 1);
    String prev2 = DateWords.lower(t, i - 2);
    LocalDate saturday;
    int start;
    if (prev.equals("last") && !prev2.equals("the")) {
      saturday = DateAnchors.onOrBefore(p.minusDays(1), 7).minusDays(1);
      start = i - 1;
    } else if (prev.equals("this") || prev.equals("next")) {
      saturday = DateAnchors.monday(p).plusDays(prev.equals("this") ? 5 : 12);
      start = i - 1;
    } else if ((prev.equals("past") && (prev2.equals("this") || prev2.equals("the")))
        || (prev.equals("the") && WEEKEND_PREPOSITIONS.contains(prev2))) {
      saturday = DateAnchors.onOrBefore(p.minusDays(1), 6);
      start = prev.equals("past") ? i - 2 : i - 1;
    } else {
      return;
    }
    out.add(DateSpan.date(start, i + 1, saturday, saturday.plusDays(1), DateValues.EXACT));
  }

  /** Days of the week/month/year {@code offset} units from P's, or a part of it. */
  private static LocalDate[] unit(String unit, LocalDate p, int offset, String part) {
    switch (unit) {
      case "week": return DateAnchors.week(DateAnchors.monday(p).plusWeeks(offset), part);
      case "month": return DateAnchors.month(YearMonth.from(p).plusMonths(offset), part);
      default: return DateAnchors.year(p.getYear() + offset, part);
    }
  }

  /** "week", "month" or "year" (possessive allowed: "last week's") at {@code j}, else null. */
  private static String unitAt(List<Token> t, int j) {
    if (j < 0 || j >= t.size()) {
      return null;
    }
    String w = DateWords.base(t.get(j));
    return UNITS.contains(w) ? w : null;
  }

  private static boolean prevIs(List<Token> t, int i, String word) {
    return DateWords.lower(t, i - 1).equals(word);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
