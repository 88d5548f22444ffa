package io.corroborate.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fractions of something: "half of/the", "a third of", "two thirds of", "two-thirds of" (read as
 * a value in (0, 1], NUMBER only); after a hedge no "of" is needed ("about half"). Fractions of a
 * multiplier are amounts: "half a million" (500,000), "half a dozen", "a quarter of a million"
 * (250,000); "half an hour" is 0.5 with the unit phrase read by the caller.
 */
final class Fractions {
  private Fractions() {}

  private static final Map<String, Integer> DENOMINATORS = new HashMap<>();

  static {
    String[][] fractions = {{"half", "halves"}, {"third", "thirds"}, {"quarter", "quarters"},
        {"fifth", "fifths"}, {"sixth", "sixths"}, {"seventh", "sevenths"}, {"eighth", "eighths"},
        {"ninth", "ninths"}, {"tenth", "tenths"}};
    for (int k = 0; k < fractions.length; k++) {
      DENOMINATORS.put(fractions[k][0], k + 2);
      DENOMINATORS.put(fractions[k][1], k + 2);
    }
  }

  /**
   * A fraction of something, "half of/the", "a third of", "two thirds of", "two-thirds of": only
   * when a word of {@link #SHARE_OF} follows, so "a third option" or "half-time" are not read as
   * fractions; "half" and "two-thirds" need none after a hedge ({@code hedged}: "about half").
   */
  static NumberWords.Parsed fraction(List<Token> t, int i, boolean hedged) {
    String w = t.get(i).lower();
    if (w.equals("half") && (hedged || ofOrThe(t, i + 1))) {
      return new NumberWords.Parsed(i + 1, 0.5);
    }
    NumberWords.Hyphenated h = NumberWords.hyphenated(w);
    if (h != null && h.next() != null && DENOMINATORS.containsKey(h.next()) && (hedged || ofOrThe(t, i + 1))) {
      return new NumberWords.Parsed(i + 1, h.value() / DENOMINATORS.get(h.next()));
    }
    Integer numerator = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : NumberWords.small(w);
    if (numerator == null || numerator < 1 || numerator > 9 || i + 1 >= t.size()) {
      return null;
    }
    Integer den = DENOMINATORS.get(t.get(i + 1).lower());
    return den != null && ofOrThe(t, i + 2) ? new NumberWords.Parsed(i + 2, numerator / (double) den) : null;
  }

  /** Words after a fraction that make it a share of something: "half of", "half the", "half their". */
  private static final java.util.Set<String> SHARE_OF = java.util.Set.of("of", "the", "its", "their",
      "his", "her", "our", "my", "your", "these", "those", "all");

  private static boolean ofOrThe(List<Token> t, int i) {
    return i < t.size() && SHARE_OF.contains(t.get(i).lower());
  }

  /**
   * A fraction of a multiplier: "of a million" after "a quarter" makes 250,000. Returns the
   * multiplier and the index after it, or null when no "of a million/hundred/dozen" is at {@code j}.
   */
  static NumberWords.Parsed ofMultiplier(List<Token> t, int j) {
    String article = NumberWords.lowerAt(t, j + 1);
    if (!NumberWords.lowerAt(t, j).equals("of") || !(article.equals("a") || article.equals("an"))) {
      return null;
    }
    double m = multiplier(NumberWords.lowerAt(t, j + 2));
    return m > 0 ? new NumberWords.Parsed(j + 3, m) : null;
  }

  private static double multiplier(String w) {
    Integer scale = NumberWords.SCALES.get(w);
    return scale != null ? Math.pow(10, scale) : w.equals("hundred") ? 100 : w.equals("dozen") ? 12 : 0;
  }

  /**
   * "half a million", "half a dozen" (0.5 × multiplier) and "half an hour", "half a mile" (0.5,
   * the unit phrase is left for the caller); null for "half a loaf".
   */
  static NumberWords.Parsed half(List<Token> t, int i) {
    String article = NumberWords.lowerAt(t, i + 1);
    if (!NumberWords.lowerAt(t, i).equals("half") || !(article.equals("a") || article.equals("an"))) {
      return null;
    }
    double m = multiplier(NumberWords.lowerAt(t, i + 2));
    if (m > 0) {
      return new NumberWords.Parsed(i + 3, 0.5 * m);
    }
    return Units.after(t, i + 2) != null ? new NumberWords.Parsed(i + 2, 0.5) : null;
  }
}
