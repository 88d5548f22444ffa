package io.corroborate.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hedge phrases written before a number and the interval each one implies. The hedge tokens
 * become part of the mention, so the quoted span shows the hedge that produced the interval.
 *
 * <ul>
 *   <li>approximately: roughly, about, around, approximately, approx., some, estimated,
 *       an estimated, close to, circa, in the region of, ~, and "N or so" → [N(1−t), N(1+t)]
 *   <li>more than: more than, over, above, in excess of, upwards of, greater than, well over,
 *       well above, north of, just over, slightly/a little more than → (N, ∞)
 *   <li>at least: at least, no fewer than, no less than, not less than, a minimum of, and "N or
 *       more", "N+", "N-plus" → [N, ∞)
 *   <li>less than: fewer than, less than, under, below, well under, well below → [0, N) ((−∞, N)
 *       when N ≤ 0)
 *   <li>at most: at most, no more than, not more than, a maximum of, and "N or fewer/less" → [0, N]
 *   <li>up to: up to, as many as, as much as, as high as → [0, N]
 *   <li>nearly: nearly, almost, just under, just below, just shy of → [0.9N, N)
 *   <li>exact: exactly, precisely → [N, N]
 * </ul>
 *
 * <p>Ranges ("between 10 and 20", "10 to 20", "10-20") are read by {@link Ranges}, qualifier
 * {@value #BETWEEN}.
 */
final class Hedges {
  private Hedges() {}

  /** A matched hedge: its canonical qualifier and how many tokens it covers. */
  record Hedge(String qualifier, int length) {}

  static final String APPROXIMATELY = "approximately";
  static final String MORE_THAN = "more than";
  static final String AT_LEAST = "at least";
  static final String LESS_THAN = "less than";
  static final String AT_MOST = "at most";
  static final String UP_TO = "up to";
  static final String NEARLY = "nearly";
  static final String EXACT = "exact";
  /** A range: "between 10 and 20", "10 to 20", "10-20 km", "two or three". */
  static final String BETWEEN = "between";

  /** Lower bound of "nearly N" as a fraction of N. */
  static final double NEARLY_LOW = 0.9;

  /** Phrases by first word; each entry is {qualifier, word, word...}; longest first. */
  private static final Map<String, List<String[]>> PHRASES = new HashMap<>();

  static {
    add(APPROXIMATELY, "roughly", "about", "around", "approximately", "approx.", "approx", "some",
        "estimated", "an estimated", "close to", "circa", "in the region of", "~");
    add(MORE_THAN, "more than", "over", "above", "in excess of", "upwards of", "greater than", "well over",
        "well above", "north of", "slightly more than", "a little more than", "just over", "just above");
    add(AT_LEAST, "at least", "no fewer than", "no less than", "not less than", "a minimum of");
    add(LESS_THAN, "fewer than", "less than", "under", "below", "well under", "well below");
    add(AT_MOST, "at most", "no more than", "not more than", "a maximum of");
    add(UP_TO, "up to", "as many as", "as much as", "as high as");
    add(EXACT, "exactly", "precisely");
    add(NEARLY, "nearly", "almost", "just under", "just below", "just shy of");
    for (List<String[]> list : PHRASES.values()) {
      list.sort((a, b) -> b.length - a.length);
    }
  }

  private static void add(String qualifier, String... phrases) {
    for (String p : phrases) {
      String[] words = p.split(" ");
      String[] entry = new String[words.length + 1];
      entry[0] = qualifier;
      System.arraycopy(words, 0, entry, 1, words.length);
      PHRASES.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(entry);
    }
  }

  /** The longest hedge phrase starting at token {@code i}, or null. */
  static Hedge match(List<Token> t, int i) {
    List<String[]> candidates = PHRASES.get(t.get(i).lower());
    if (candidates == null) {
      return null;
    }
    for (String[] e : candidates) {
      int len = e.length - 1;
      boolean ok = i + len <= t.size();
      for (int k = 1; k < len && ok; k++) {
        ok = t.get(i + k).lower().equals(e[k + 1]);
      }
      if (ok) {
        return new Hedge(e[0], len);
      }
    }
    return null;
  }

  /**
   * A hedge written after the amount: "or so" (approximately), "or more" (at least), "or fewer" and
   * "or less" (at most); null when none is at {@code i}.
   */
  static Hedge postfix(List<Token> t, int i) {
    if (!NumberWords.lowerAt(t, i).equals("or")) {
      return null;
    }
    switch (NumberWords.lowerAt(t, i + 1)) {
      case "so": return new Hedge(APPROXIMATELY, 2);
      case "more": return new Hedge(AT_LEAST, 2);
      case "fewer": case "less": return new Hedge(AT_MOST, 2);
      default: return null;
    }
  }

  /** Upper-bounded amounts start at 0, except "below zero", which is unbounded below. */
  private static double floor(double n) {
    return n > 0 ? 0 : Double.NEGATIVE_INFINITY;
  }

  /** The interval a hedge puts around {@code n}; {@code tolerance} is the approximate ± fraction. */
  static Quantity apply(String qualifier, double n, double tolerance, String unit, Dimension dim) {
    double inf = Double.POSITIVE_INFINITY;
    switch (qualifier) {
      case APPROXIMATELY:
        return new Quantity(n, n - n * tolerance, n + n * tolerance, false, false, unit, dim, qualifier);
      case MORE_THAN:
        return new Quantity(n, n, inf, true, false, unit, dim, qualifier);
      case AT_LEAST:
        return new Quantity(n, n, inf, false, false, unit, dim, qualifier);
      case LESS_THAN:
        return new Quantity(n, floor(n), n, false, true, unit, dim, qualifier);
      case AT_MOST:
      case UP_TO:
        return new Quantity(n, floor(n), n, false, false, unit, dim, qualifier);
      case NEARLY:
        return new Quantity(n, n * NEARLY_LOW, n, false, n > 0, unit, dim, qualifier);
      default:
        return Quantity.exact(n, unit, dim);
    }
  }
}
