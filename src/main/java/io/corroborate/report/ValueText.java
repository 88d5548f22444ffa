package io.corroborate.report;

import io.corroborate.Value;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A normalized value as people read it: "approximately 250 mi²", and the interval behind it. */
final class ValueText {
  private ValueText() {}

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+)(\\.\\d+)?");
  private static final Pattern POWER = Pattern.compile("(?<=[a-z])([23])$");

  /** The value with its hedge and unit, digits grouped ("approximately 10,000"); text, dates and times as they are. */
  static String amount(Value v) {
    boolean number = PLAIN_NUMBER.matcher(v.text()).matches() && (v.low() != null || v.high() != null);
    if (number && "between".equals(v.qualifier()) && v.low() != null && v.high() != null) {
      // a range is read as written, both ends: "50 to 60", not "between 50"
      return grouped(number(v.low())) + " to " + grouped(number(v.high())) + unit(v.unit());
    }
    String hedge = v.qualifier() == null || v.qualifier().equals("exact") ? "" : v.qualifier() + " ";
    // a date or a time carries its kind as the unit ("date"); its ISO text says enough
    return hedge + (number ? grouped(v.text()) + unit(v.unit()) : v.text());
  }

  private static String unit(String unit) {
    if (unit == null || unit.isEmpty()) {
      return "";
    }
    if (unit.equals("%")) {
      return unit;
    }
    Matcher power = POWER.matcher(unit);
    return " " + (power.find() ? power.replaceFirst(power.group(1).equals("2") ? "\u00b2" : "\u00b3") : unit);
  }

  /** "11000" as "11,000"; anything but a plain decimal number (a date, a time) is left alone. */
  private static String grouped(String text) {
    Matcher m = PLAIN_NUMBER.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String digits = m.group(1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return (text.startsWith("-") ? "-" : "") + out + (m.group(2) == null ? "" : m.group(2));
  }

  /** The interval a number was compared as, when it is not a single point; else empty. */
  static String range(Value v) {
    boolean point = v.low() != null && v.low().equals(v.high());
    // dates and times are compared as numbers too, but those numbers mean nothing to a reader
    if (v.low() == null && v.high() == null || point || !PLAIN_NUMBER.matcher(v.text()).matches()) {
      return "";
    }
    if (v.low() == null) {
      return "up to " + grouped(number(v.high()));
    }
    if (v.high() == null) {
      return "from " + grouped(number(v.low())) + ", no upper bound";
    }
    return "compared as " + grouped(number(v.low())) + "\u2013" + grouped(number(v.high()));
  }

  /** 12.0 as "12", 42.75 as "42.75": the shortest exact decimal. */
  static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
