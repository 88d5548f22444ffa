package io.corroborate.extract;

import java.math.BigDecimal;

/** Prints normalized numbers the same way everywhere: 11000, 237.5, never 11000.0 or 1.1E4. */
public final class Numbers {
  private Numbers() {}

  /** Below this every whole double prints as its digits either way (they are exact under 2^53). */
  private static final double EXACT_WHOLE = 1e15;

  public static String format(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (Math.abs(value) < EXACT_WHOLE && value == Math.rint(value)) {
      return Long.toString((long) value); // the common case, without BigDecimal's parse of Double.toString; -0.0 is "0" both ways
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
