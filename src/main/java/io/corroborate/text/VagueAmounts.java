package io.corroborate.text;

import java.util.List;

/**
 * Vague plural amounts ("dozens", "hundreds", "tens of thousands") read as open intervals with
 * qualifier "some", so a claim of "thousands" can be compared with "11,000" without pretending
 * to a point value. The point is the interval's low end.
 *
 * <p>Intervals: dozens [24, 144), "scores of" [40, 200), hundreds [200, 1000), thousands [2000,
 * 10^6), millions [2·10^6, 10^9), billions [2·10^9, 10^12); "tens of X" [20X, 100X); "hundreds of
 * X" [200X, 1000X); "several X" and "a few X" (X a hundred, thousand, million, billion) [2X, 10X).
 * "A few", "several" and "many" alone are no amount at all.
 */
final class VagueAmounts {
  private VagueAmounts() {}

  /** A vague amount ending before token {@code end}. */
  record Vague(int end, double low, double high) {}

  /** The vague amount starting at token {@code i}, or null. */
  static Vague match(List<Token> t, int i) {
    String w = t.get(i).lower();
    if ((w.equals("tens") || w.equals("hundreds")) && i + 2 < t.size() && t.get(i + 1).lower().equals("of")) {
      double unit = scale(t.get(i + 2).lower());
      if (unit > 0) {
        double f = w.equals("tens") ? 10 : 100;
        return new Vague(i + 3, 2 * f * unit, 10 * f * unit);
      }
    }
    if ((w.equals("several") || (w.equals("a") && NumberWords.lowerAt(t, i + 1).equals("few")))) {
      int k = w.equals("a") ? i + 2 : i + 1;
      Integer scale = NumberWords.SCALES.get(NumberWords.lowerAt(t, k));
      double unit = scale != null ? Math.pow(10, scale) : NumberWords.lowerAt(t, k).equals("hundred") ? 100 : 0;
      return unit > 0 ? new Vague(k + 1, 2 * unit, 10 * unit) : null;
    }
    switch (w) {
      case "scores": return NumberWords.lowerAt(t, i + 1).equals("of") ? new Vague(i + 1, 40, 200) : null;
      case "dozens": return new Vague(i + 1, 24, 144);
      case "hundreds": return new Vague(i + 1, 200, 1000);
      case "thousands": return new Vague(i + 1, 2e3, 1e6);
      case "millions": return new Vague(i + 1, 2e6, 1e9);
      case "billions": return new Vague(i + 1, 2e9, 1e12);
      default: return null;
    }
  }

  private static double scale(String plural) {
    switch (plural) {
      case "thousands": return 1e3;
      case "millions": return 1e6;
      case "billions": return 1e9;
      default: return 0;
    }
  }
}
