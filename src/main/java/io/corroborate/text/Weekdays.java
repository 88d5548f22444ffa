package io.corroborate.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Weekday names resolved against the publication date: "Thursday", "on Thursday" (the mention
 * covers "Thursday" only), "Thursday's", "last Thursday", "this Thursday", "next Thursday",
 * "early Thursday", "Thursday night" (the part of the day joins the mention), and the
 * abbreviations "Thu." / "Sun." in a date context or listed after another ("Sat. and Sun.").
 *
 * <p>Rules, for publication day P:
 *
 * <ul>
 *   <li>"Thursday", "early/late Thursday": the most recent Thursday on or before P (news reports
 *       what happened; a future "will vote on Thursday" is read the same way, a known limit);
 *   <li>"last Thursday": the most recent Thursday strictly before P, so on a Thursday it is a week
 *       ago, and on a Friday it is the day before (the same day as plain "Thursday");
 *   <li>"this Thursday": the Thursday of P's Monday–Sunday week;
 *   <li>"next Thursday": the first Thursday strictly after P.
 * </ul>
 *
 * <p>Not dates: named days ("Black Friday", "Super Tuesday", "Good Friday"), a weekday between
 * "the" and a capitalized word ("the Sunday Times"), "the last Thursday of the month", and a bare
 * "Sun"/"Sat" (a newspaper, a verb) — an abbreviation needs its period and a date word near it.
 */
final class Weekdays {
  private Weekdays() {}

  private static final Set<String> NAMED_BEFORE = Set.of("black", "super", "good", "cyber", "ash",
      "palm", "easter", "holy", "bloody", "fat", "giving", "maundy", "shrove", "business");

  private static final Set<String> MODIFIERS = Set.of("last", "this", "next", "early", "late");

  private static final Set<String> ABBREVIATION_BEFORE = Set.of("on", "last", "this", "next", "since",
      "until", "by", "early", "late", "from", "before", "after");

  /** Adds the candidates found in {@code t} to {@code out}; nothing when {@code published} is null. */
  static void find(List<Token> t, LocalDate published, List<DateSpan> out) {
    if (published == null) {
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      int len = 1;
      int wd = DateWords.weekday(t, i);
      if (wd == 0) {
        wd = DateWords.weekdayAbbreviation(t, i);
        len = 2;
        if (wd == 0 || !abbreviationInContext(t, i)) {
          continue;
        }
      }
      String prev = DateWords.lower(t, i - 1);
      if (NAMED_BEFORE.contains(prev) || (prev.equals("the") && nextCapitalized(t, i + len))) {
        continue;
      }
      String modifier = MODIFIERS.contains(prev) ? prev : "";
      if (modifier.equals("last") && DateWords.lower(t, i - 2).equals("the")) {
        continue; // "the last Thursday of the month"
      }
      LocalDate day = resolve(published, wd, modifier);
      int start = modifier.isEmpty() ? i : i - 1;
      int end = i + len + (RelativeDates.DAY_PARTS_AFTER.contains(DateWords.lower(t, i + len)) ? 1 : 0);
      out.add(DateSpan.date(start, end, day, day, DateValues.EXACT)); // "Thursday night"
    }
  }

  /** The day weekday {@code wd} (1 = Monday) names with {@code modifier} ("" for none). */
  static LocalDate resolve(LocalDate p, int wd, String modifier) {
    switch (modifier) {
      case "last": return DateAnchors.onOrBefore(p.minusDays(1), wd);
      case "this": return DateAnchors.monday(p).plusDays(wd - 1L);
      case "next": return p.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(wd)));
      default: return DateAnchors.onOrBefore(p, wd);
    }
  }

  /** Start of a weekday written before a date: "Thursday, Nov. 7", "Thu. Nov. 7", else {@code start}. */
  static int startBefore(List<Token> t, int start) {
    boolean comma = DateWords.lower(t, start - 1).equals(",");
    int w = comma ? start - 2 : start - 1;
    if (DateWords.weekday(t, w) != 0) {
      return w;
    }
    if (DateWords.lower(t, w).equals(".") && DateWords.weekdayAbbreviation(t, w - 1) != 0) {
      return w - 1;
    }
    return start;
  }

  /** "on Sat.", "Thu., Nov. 7", "Thu. Nov. 7": a date word before, or a month after. */
  private static boolean abbreviationInContext(List<Token> t, int i) {
    boolean listed = LIST_JOINERS.contains(DateWords.lower(t, i - 1))
        && DateWords.lower(t, i - 2).equals(".") && DateWords.weekdayAbbreviation(t, i - 3) != 0;
    return listed || ABBREVIATION_BEFORE.contains(DateWords.lower(t, i - 1)) || DateWords.month(t, i + 2) != 0
        || (DateWords.lower(t, i + 2).equals(",") && DateWords.month(t, i + 3) != 0);
  }

  /** Words joining a listed abbreviation to the one before it: "Sat. and Sun.". */
  private static final Set<String> LIST_JOINERS = Set.of("and", "or", ",", "to", "through", "-", "\u2013");

  private static boolean nextCapitalized(List<Token> t, int j) {
    return j < t.size() && t.get(j).isWord() && t.get(j).capitalized();
  }
}
