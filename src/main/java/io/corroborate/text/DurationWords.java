package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Durations written without a number: "week-long" and "weeklong" (one week), "half-hour" (half an
 * hour), and "a week" / "an hour" after a word that makes it a length of time ("for a week",
 * "lasted a day", "more than a month"). "A week" elsewhere is left alone, because it is as often a
 * rate ("twice a week", "$500 a week") or part of a date ("a week ago").
 */
final class DurationWords {
  private DurationWords() {}

  private static final Set<String> ARTICLE_BEFORE = Set.of("for", "in", "within", "after", "lasted",
      "lasting", "lasts", "last", "took", "takes", "take", "taking", "spent", "waited", "than");

  /** The unit of time a "-long" word lasts one of: "week-long", "weeklong", "hour-long"; or null. */
  static Unit ofOne(String lower) {
    String head = lower.endsWith("-long") ? lower.substring(0, lower.length() - 5)
        : lower.endsWith("long") ? lower.substring(0, lower.length() - 4) : null;
    return head == null ? null : timeUnit(head);
  }

  /** The unit in "half-hour", "half-day", "half-mile"; null otherwise. */
  static Unit half(String lower) {
    return lower.startsWith("half-") && lower.length() > 5 ? Units.hyphenated(lower.substring(5)) : null;
  }

  /**
   * True when "a"/"an" at {@code i} stands for one unit of time: a singular unit of time follows and
   * a hedge ({@code hedged}) or one of {@link #ARTICLE_BEFORE} precedes.
   */
  static boolean articleForOne(List<Token> t, int i, boolean hedged) {
    String w = t.get(i).lower();
    if (!(w.equals("a") || w.equals("an")) || i + 1 >= t.size()) {
      return false;
    }
    Unit unit = timeUnit(t.get(i + 1).lower());
    if (unit == null || Ordinals.word(t, i + 1) > 0) {
      return false; // "for a second time"
    }
    return (hedged || ARTICLE_BEFORE.contains(NumberWords.lowerAt(t, i - 1)));
  }

  /** A singular unit of time ("week", not "weeks"), or null. */
  private static Unit timeUnit(String singular) {
    Unit unit = Units.word(singular);
    boolean singularTime = unit != null && unit.dimension() == Dimension.DURATION && unit.symbol().equals(singular);
    return singularTime ? unit : null;
  }
}
