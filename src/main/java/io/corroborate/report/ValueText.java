package io.corroborate.report;

import io.corroborate.Value;
import java.math.BigDecimal;

/** A normalized value as people read it: "approximately 250 mi2", and the interval behind it. */
final class ValueText {
  private ValueText() {}

  /** The value with its hedge and unit; a text value as it is. */
  static String amount(Value v) {
    String unit = v.unit() == null || v.unit().isEmpty() ? "" : " " + v.unit();
    String hedge = v.qualifier() == null || v.qualifier().equals("exact") ? "" : v.qualifier() + " ";
    return hedge + v.text() + unit;
  }

  /** The interval the value was compared as, when it is not a single point; else empty. */
  static String range(Value v) {
    if (v.low() == null && v.high() == null || v.low() != null && v.low().equals(v.high())) {
      return "";
    }
    if (v.low() == null) {
      return "up to " + number(v.high());
    }
    if (v.high() == null) {
      return "from " + number(v.low()) + ", no upper bound";
    }
    return "compared as " + number(v.low()) + "\u2013" + number(v.high());
  }

  /** 12.0 as "12", 42.75 as "42.75": the shortest exact decimal. */
  static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
