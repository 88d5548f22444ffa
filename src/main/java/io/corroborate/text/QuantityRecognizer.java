package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numeric expressions in a sentence and normalizes them to {@link Quantity} intervals, so
 * rules can compare "roughly 250 square miles" with "about 650 sq km"-style claims numerically.
 *
 * <p>Each expression is {@code [hedge] [currency sign] number [unit phrase]}. It yields a QUANTITY
 * mention over the whole expression (unit "" and dimension COUNT when no unit follows) and a
 * NUMBER mention over {@code [hedge] [currency sign] number} with unit "" and COUNT. Fractions
 * ("half of") and numbers with an unknown glued suffix ("45.6C") yield a NUMBER only. Mentions
 * come in token order, the QUANTITY before the NUMBER of the same expression; token indices are
 * relative to the sentence. Stateless and thread-safe.
 */
public final class QuantityRecognizer {
  /** Default half-width of an "approximately" interval, as a fraction of the value (±5%). */
  public static final double APPROXIMATE_TOLERANCE = 0.05;

  /** Mentions in {@code s} with the default approximate tolerance. */
  public List<Mention> find(Sentence s) {
    return find(s, APPROXIMATE_TOLERANCE);
  }

  /**
   * Mentions in {@code s}; "approximately N" becomes [N(1−tolerance), N(1+tolerance)].
   *
   * @throws IllegalArgumentException unless {@code 0 <= tolerance < 1}
   */
  public List<Mention> find(Sentence s, double tolerance) {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
    }
    List<Token> t = s.tokens();
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      i = Math.max(i + 1, readAt(t, i, tolerance, out));
    }
    return out;
  }

  /** Reads one expression starting at {@code i}; returns the index after it, or i when none. */
  private static int readAt(List<Token> t, int i, double tolerance, List<Mention> out) {
    Hedges.Hedge hedge = Hedges.match(t, i);
    int j = hedge == null ? i : i + hedge.length();
    Units.Match currency = currencyAt(t, j);
    int k = currency == null ? j : j + currency.length();
    if (k >= t.size()) {
      return i;
    }
    NumberReader.ParsedNumber num = NumberReader.read(t, k, currency != null);
    if (num == null) {
      return i;
    }
    if (NumberContext.skip(t, k, num.end(), hedge == null && currency == null)) {
      return num.end();
    }
    Unit unit = currency != null ? currency.unit() : num.unit();
    int end = num.end();
    if (unit == null && num.form() == NumberReader.Form.PLAIN) {
      Units.Match after = Units.after(t, end);
      if (after != null) {
        unit = after.unit();
        end += after.length();
      }
    }
    boolean vague = num.form() == NumberReader.Form.VAGUE;
    int start = vague ? j : i; // a hedge on a vague plural adds nothing: "more than dozens"
    String symbol = unit == null ? "" : unit.symbol();
    Dimension dim = unit == null ? Dimension.COUNT : unit.dimension();
    boolean quantity = vague || num.form() == NumberReader.Form.PLAIN;
    if (quantity) {
      out.add(new Mention(MentionType.QUANTITY, start, end, value(hedge, num, tolerance, symbol, dim)));
    }
    out.add(new Mention(MentionType.NUMBER, start, num.end(), value(hedge, num, tolerance, "", Dimension.COUNT)));
    return end;
  }

  private static Quantity value(Hedges.Hedge hedge, NumberReader.ParsedNumber num, double tolerance,
      String unit, Dimension dim) {
    if (num.form() == NumberReader.Form.VAGUE) {
      return new Quantity(num.value(), num.value(), num.high(), false, true, unit, dim, "some");
    }
    return hedge == null ? Quantity.exact(num.value(), unit, dim)
        : Hedges.apply(hedge.qualifier(), num.value(), tolerance, unit, dim);
  }

  /** "$", "€", "£", or "US$" written as two tokens; null when none is at {@code j}. */
  private static Units.Match currencyAt(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    Unit sign = Units.currencySign(t.get(j).text());
    if (sign != null) {
      return new Units.Match(sign, 1);
    }
    boolean us = t.get(j).text().equals("US") && j + 1 < t.size() && t.get(j + 1).text().equals("$")
        && t.get(j).end() == t.get(j + 1).start();
    return us ? new Units.Match(Unit.USD, 2) : null;
  }
}
