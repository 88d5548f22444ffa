package io.corroborate.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fractions of something: "half of/the", "a third of", "two thirds of", "two-thirds of" (read as
 * a value in (0, 1], NUMBER only) and halves of a multiplier or unit: "half a million" (500,000),
 * "half a dozen", "half an hour" (0.5, the unit phrase is read by the caller).
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
   * when "of" or "the" follows, so "a third option" or "half-time" are not read as numbers.
   */
  static NumberWords.Parsed fraction(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.equals("half") && ofOrThe(t, i + 1)) {
      return new NumberWords.Parsed(i + 1, 0.5);
    }
    NumberWords.Hyphenated h = NumberWords.hyphenated(w);
    if (h != null && h.next() != null && DENOMINATORS.containsKey(h.next()) && ofOrThe(t, i + 1)) {
      return new NumberWords.Parsed(i + 1, h.value() / DENOMINATORS.get(h.next()));
    }
    Integer numerator = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : NumberWords.small(w);
    if (numerator == null || numerator < 1 || numerator > 9 || i + 1 >= t.size()) {
      return null;
    }
    Integer den = DENOMINATORS.get(t.get(i + 1).lower());
    return den != null && ofOrThe(t, i + 2) ? new NumberWords.Parsed(i + 2, numerator / (double) den) : null;
  }

  private static boolean ofOrThe(List<Token> t, int i) {
    return i < t.size() && (t.get(i).lower().equals("of") || t.get(i).lower().equals("the"));
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
    String next = NumberWords.lowerAt(t, i + 2);
    Integer scale = NumberWords.SCALES.get(next);
    if (scale != null || next.equals("hundred") || next.equals("dozen")) {
      double m = scale != null ? Math.pow(10, scale) : next.equals("hundred") ? 100 : 12;
      return new NumberWords.Parsed(i + 3, 0.5 * m);
    }
    return Units.after(t, i + 2) != null ? new NumberWords.Parsed(i + 2, 0.5) : null;
  }
}
