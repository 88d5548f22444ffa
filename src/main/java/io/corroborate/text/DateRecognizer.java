package io.corroborate.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds dates and times of day in a sentence, so rules can compare "on Thursday" in a report with
 * "Nov. 7" in another as the same day.
 *
 * <p>DATE mentions carry an inclusive interval of epoch days, TIME mentions minutes after midnight;
 * {@link DateValues} documents the encoding and prints it. Relative expressions ("Thursday",
 * "last week", "in June", "Nov. 7", "this summer") are resolved against the publication date and
 * are not returned when it is null; absolute ones ("Nov. 7, 2024", "2024-11-07", "June 2024", "in
 * 2024", "7:22 a.m.") always are. Prepositions are never part of a mention ("on Thursday" covers
 * "Thursday"); modifiers are ("last Thursday", "early last week").
 *
 * <p>The work is split by kind of expression — {@link YearDates} (ISO, years, decades, seasons
 * with a year), {@link MonthDates} (anything with a month name), {@link RelativeDates} (yesterday,
 * last week, this summer, the weekend), {@link Weekdays}, {@link Holidays}, {@link ClockTimes} — each emitting
 * candidates; where candidates overlap the longest wins (then the leftmost), so "Thursday, Nov. 7,
 * 2024" is one mention and not three. Mentions come in token order and never overlap each other.
 * They do not overlap the numbers {@link QuantityRecognizer} reports either: that recognizer skips
 * years, days next to months and clock times, and this one reads a number only in those contexts.
 * Stateless and thread-safe.
 */
public final class DateRecognizer {

  /** Absolute dates and times only, as if the publication date were unknown. */
  public List<Mention> find(Sentence s) {
    return find(s, null);
  }

  /**
   * DATE and TIME mentions in {@code s}, in token order, non-overlapping.
   *
   * @param published the publication date relative expressions are resolved against, or null
   */
  public List<Mention> find(Sentence s, LocalDate published) {
    List<Token> t = s.tokens();
    List<DateSpan> candidates = new ArrayList<>();
    YearDates.find(t, candidates);
    MonthDates.find(t, published, candidates);
    RelativeDates.find(t, published, candidates);
    Weekdays.find(t, published, candidates);
    Holidays.find(t, published, candidates);
    ClockTimes.find(t, candidates);
    return resolve(candidates, t.size());
  }

  /** Keeps the longest of overlapping candidates (ties: the leftmost), in token order. */
  private static List<Mention> resolve(List<DateSpan> candidates, int tokens) {
    candidates.sort(Comparator.comparingInt(DateSpan::length).reversed().thenComparingInt(DateSpan::start));
    boolean[] taken = new boolean[tokens];
    List<DateSpan> kept = new ArrayList<>();
    for (DateSpan c : candidates) {
      if (free(taken, c)) {
        for (int k = c.start(); k < c.end(); k++) {
          taken[k] = true;
        }
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(DateSpan::start));
    List<Mention> out = new ArrayList<>(kept.size());
    for (DateSpan c : kept) {
      out.add(c.toMention());
    }
    return out;
  }

  private static boolean free(boolean[] taken, DateSpan c) {
    for (int k = c.start(); k < c.end(); k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }
}
