package io.corroborate.text;

import java.util.List;

/**
 * Reads the number (not the hedge, not a unit phrase after it) starting at one token: digits
 * with an optional scale word ("1.2 million"), number words, a number-led hyphenated word
 * ("three-month"), a fraction of something, or a vague plural.
 */
final class NumberReader {
  private NumberReader() {}

  /** How a number was written, which decides which mentions it yields. */
  enum Form {
    /** a count or amount: NUMBER and QUANTITY. */
    PLAIN,
    /** digits with a suffix naming no known unit ("45.6C"): NUMBER only. */
    UNKNOWN_UNIT,
    /** "half of", "two-thirds of": NUMBER only, value in (0, 1]. */
    FRACTION,
    /** "dozens", "thousands": NUMBER and QUANTITY with an open interval, qualifier "some". */
    VAGUE
  }

  /**
   * A number at tokens {@code [start, end)}.
   *
   * @param value the point value (the low end for VAGUE)
   * @param high the high end for VAGUE, else equal to {@code value}
   * @param unit a unit written inside the number token ("10km", "three-month"), or null
   */
  record ParsedNumber(int start, int end, double value, double high, Unit unit, Form form) {}

  /** The number at token {@code i}, or null; {@code money} is true after a currency sign. */
  static ParsedNumber read(List<Token> t, int i, boolean money) {
    Token tok = t.get(i);
    if (tok.kind() == TokenKind.NUMBER) {
      return digits(t, i, money);
    }
    if (!tok.isWord()) {
      return null;
    }
    VagueAmounts.Vague vague = VagueAmounts.match(t, i);
    if (vague != null) {
      return new ParsedNumber(i, vague.end(), vague.low(), vague.high(), null, Form.VAGUE);
    }
    NumberWords.Parsed fraction = Fractions.fraction(t, i);
    if (fraction != null) {
      return plain(i, fraction.end(), fraction.value(), null, Form.FRACTION);
    }
    NumberWords.Parsed half = Fractions.half(t, i);
    if (half != null) {
      return plain(i, half.end(), half.value(), null, Form.PLAIN);
    }
    NumberWords.Hyphenated h = NumberWords.hyphenated(tok.lower());
    if (h != null && h.next() != null) {
      Unit unit = Units.word(h.next());
      return unit == null ? null : plain(i, i + 1, h.value(), unit, Form.PLAIN); // "one-sided": no
    }
    NumberWords.Parsed words = NumberWords.parse(t, i);
    return words == null ? null : plain(i, words.end(), words.value(), null, Form.PLAIN);
  }

  private static ParsedNumber digits(List<Token> t, int i, boolean money) {
    Numerals.Reading r = Numerals.read(t.get(i).lower(), money);
    if (r == null) {
      return null;
    }
    int end = i + 1;
    if (r.exponent() == 0 && r.unit() == null && !r.unknownSuffix() && end < t.size()) {
      int exp = Units.scaleExponent(t.get(end).lower(), money);
      if (exp > 0) { // "1.2 million", "$5 bn"
        r = r.scaled(exp);
        end++;
      }
    }
    return plain(i, end, r.value(), r.unit(), r.unknownSuffix() ? Form.UNKNOWN_UNIT : Form.PLAIN);
  }

  private static ParsedNumber plain(int start, int end, double value, Unit unit, Form form) {
    return new ParsedNumber(start, end, value, value, unit, form);
  }
}
