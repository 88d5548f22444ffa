package io.corroborate.extract;

import java.math.BigDecimal;

/** Prints normalized numbers the same way everywhere: 11000, 237.5, never 11000.0 or 1.1E4. */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
