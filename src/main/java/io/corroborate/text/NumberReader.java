package io.corroborate.text;

import java.util.List;

/**
 * Reads the number (not the hedge, not a unit phrase after it) starting at one token: digits
 * with an optional scale word ("1.2 million"), number words, a number-led hyphenated word
 * ("three-month"), a fraction of something, an ordinal, a multiplier or a vague plural.
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
    /** "21st", "the third day": NUMBER only, unit "ordinal". */
    ORDINAL,
    /** "tenfold", "10-fold": NUMBER only, unit "times". */
    MULTIPLIER,
    /** "dozens", "thousands": NUMBER and QUANTITY with an open interval, qualifier "some". */
    VAGUE,
    /** "a" or "an" standing for one before a unit of time ("for a week"): QUANTITY only. */
    ARTICLE;

    /** Whether this form also yields a QUANTITY mention. */
    boolean isAmount() {
      return this == PLAIN || this == VAGUE || this == ARTICLE;
    }
  }

  /**
   * A number at tokens {@code [start, end)}.
   *
   * @param value the point value (the low end for VAGUE)
   * @param high the high end for VAGUE, else equal to {@code value}
   * @param unit a unit written inside the number token ("10km", "three-month"), or null
   * @param scale the power of ten of a scale word or suffix that ended the number ("million" 6,
   *     "3bn" 9), 0 when none: "between 5 and 10 million" scales the 5 too
   */
  record ParsedNumber(int start, int end, double value, double high, Unit unit, Form form, int scale) {}

  /**
   * The number at token {@code i}, or null; {@code money} is true after a currency sign,
   * {@code hedged} after a hedge ("about half" needs no "of").
   */
  static ParsedNumber read(List<Token> t, int i, boolean money, boolean hedged) {
    Token tok = t.get(i);
    if (tok.kind() == TokenKind.NUMBER) {
      return digits(t, i, money);
    }
    if (!tok.isWord()) {
      return null;
    }
    VagueAmounts.Vague vague = VagueAmounts.match(t, i);
    if (vague != null) {
      return new ParsedNumber(i, vague.end(), vague.low(), vague.high(), null, Form.VAGUE, 0);
    }
    NumberWords.Parsed half = Fractions.half(t, i);
    if (half != null) {
      return plain(i, half.end(), half.value(), null, Form.PLAIN);
    }
    NumberWords.Parsed fraction = Fractions.fraction(t, i, hedged);
    if (fraction != null) {
      NumberWords.Parsed of = Fractions.ofMultiplier(t, fraction.end());
      return of != null ? plain(i, of.end(), fraction.value() * of.value(), null, Form.PLAIN) // "a quarter of a million"
          : plain(i, fraction.end(), fraction.value(), null, Form.FRACTION);
    }
    int ordinal = Ordinals.word(t, i);
    if (ordinal > 0) {
      return plain(i, i + 1, ordinal, Unit.ORDINAL, Form.ORDINAL);
    }
    Integer fold = NumberWords.fold(tok.lower());
    if (fold != null) {
      return plain(i, i + 1, fold, Unit.TIMES, Form.MULTIPLIER);
    }
    NumberWords.Hyphenated h = NumberWords.hyphenated(tok.lower());
    if (h != null && h.next() != null) {
      Unit unit = Units.hyphenated(h.next());
      boolean name = Character.isUpperCase(tok.text().charAt(tok.text().length() - h.next().length()));
      return unit == null || name ? null : plain(i, i + 1, h.value(), unit, formOf(unit)); // "one-sided", "Six-Day War"
    }
    Unit ofOne = DurationWords.ofOne(tok.lower());
    if (ofOne != null) {
      return plain(i, i + 1, 1, ofOne, Form.PLAIN); // "week-long"
    }
    Unit halfOf = DurationWords.half(tok.lower());
    if (halfOf != null) {
      return plain(i, i + 1, 0.5, halfOf, Form.PLAIN); // "half-hour"
    }
    if (DurationWords.articleForOne(t, i, hedged)) {
      return plain(i, i + 1, 1, null, Form.ARTICLE); // "for a week": the unit is read by the caller
    }
    NumberWords.Parsed words = NumberWords.parse(t, i);
    if (words == null) {
      return null;
    }
    Integer scale = NumberWords.SCALES.get(t.get(words.end() - 1).lower());
    return new ParsedNumber(i, words.end(), words.value(), words.value(), null, Form.PLAIN, scale == null ? 0 : scale);
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
    Form form = r.unknownSuffix() ? Form.UNKNOWN_UNIT : formOf(r.unit());
    return new ParsedNumber(i, end, r.value(), r.value(), r.unit(), form, r.exponent());
  }

  private static Form formOf(Unit unit) {
    return unit == Unit.ORDINAL ? Form.ORDINAL : unit == Unit.TIMES ? Form.MULTIPLIER : Form.PLAIN;
  }

  private static ParsedNumber plain(int start, int end, double value, Unit unit, Form form) {
    return new ParsedNumber(start, end, value, value, unit, form, 0);
  }
}
