package io.corroborate.text;

/**
 * Reads a NUMBER token ("11,000", "1.2", "3.5bn", "10km", "20-year-old", "10,000-strong"): the
 * value of its digits and what its glued suffix means; ordinals ("47th") read with unit
 * {@code ordinal}, multipliers ("10-fold") with unit {@code times}. Tokens that are not amounts —
 * clock times ("7:22"), decades ("1990s"), times of day ("7pm"), scores and ranges ("52-48"),
 * malformed grouping ("1,2,3", "1.2.3") — read as null.
 */
final class Numerals {
  private Numerals() {}

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
      1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26,
      1e27, 1e28, 1e29, 1e30};

  /**
   * The digits as an exact decimal {@code mantissa · 10^(exponent − decimals)}, so "12.7" with
   * "billion" is computed as 127 · 10^8 without binary rounding noise.
   *
   * @param unit unit named by the suffix ("km" in "10km", "month" in "3-month"), or null
   * @param unknownSuffix true when letters are glued on that name no known unit ("45.6C")
   * @param plain true for digits only: no separators, decimals or suffix ("2024")
   */
  record Reading(long mantissa, int decimals, int exponent, Unit unit, boolean unknownSuffix, boolean plain) {
    double value() {
      int e = exponent - decimals;
      return e >= 0 ? mantissa * POW10[e] : mantissa / POW10[-e];
    }

    Reading scaled(int exp) {
      return new Reading(mantissa, decimals, exponent + exp, unit, unknownSuffix, false);
    }
  }

  /** Reads {@code lower} (a NUMBER token's lower-cased text); {@code money} enables "m"/"k". */
  static Reading read(String lower, boolean money) {
    long mantissa = 0;
    int digits = 0;
    int decimals = 0;
    int group = -1; // digits since the last comma, -1 before any comma
    boolean dot = false;
    int i = 0;
    int n = lower.length();
    for (; i < n; i++) {
      char c = lower.charAt(i);
      if (TextChars.isDigit(c)) {
        if (++digits > 18) {
          return null; // phone numbers, ids: not amounts
        }
        mantissa = mantissa * 10 + (c - '0');
        decimals += dot ? 1 : 0;
        group += group >= 0 && !dot ? 1 : 0;
      } else if (c == ',') {
        if (dot || (group < 0 ? digits > 3 : group != 3)) {
          return null;
        }
        group = 0;
      } else if (c == '.') {
        if (dot || (group >= 0 && group != 3)) {
          return null;
        }
        dot = true;
      } else if (c == ':') {
        return null; // clock time or ratio
      } else {
        break;
      }
    }
    if (group >= 0 && !dot && group != 3) {
      return null;
    }
    boolean plain = i == n && group < 0 && !dot;
    return i == n ? new Reading(mantissa, decimals, 0, null, false, plain)
        : suffix(lower, i, new Reading(mantissa, decimals, 0, null, false, false), money);
  }

  /** Interprets the suffix starting at {@code i}: a unit, a multiplier, or a reason to skip. */
  private static Reading suffix(String lower, int i, Reading r, boolean money) {
    int hyphen = i;
    while (hyphen < lower.length() && !TextChars.isHyphen(lower.charAt(hyphen))) {
      hyphen++;
    }
    if (hyphen == i) { // "-month", "-year-old", "-48"
      int next = i + 1;
      int stop = next;
      while (stop < lower.length() && !TextChars.isHyphen(lower.charAt(stop))) {
        stop++;
      }
      String part = lower.substring(next, stop);
      if (TextChars.isDigit(lower.charAt(next)) || NumberWords.small(part) != null) {
        return null; // score or range: "52-48", "2015-16"; a name: "7-Eleven"
      }
      Unit unit = Units.hyphenated(lower.substring(next)); // "-month", "-square-mile", "-mile-long"
      // "a 10,000-strong force" counts people; "100-plus" is a count the recognizer hedges
      boolean count = part.equals("strong") || part.equals("plus");
      return new Reading(r.mantissa(), r.decimals(), 0, unit, unit == null && !count, false);
    }
    String letters = lower.substring(i, hyphen);
    switch (letters) {
      case "st": case "nd": case "rd": case "th": // "21st"; "1.5th", "21th", "21st-century" are not
        boolean ordinal = r.decimals() == 0 && hyphen == lower.length() && Ordinals.suffixFits(r.mantissa(), letters);
        return ordinal ? new Reading(r.mantissa(), 0, 0, Unit.ORDINAL, false, false) : null;
      case "s": // decade
      case "am": case "pm": case "a": case "p": case "h": case "hrs": case "gmt": case "utc":
        return null;
      default:
        break;
    }
    int exp = Units.scaleExponent(letters, money);
    if (exp > 0) {
      return r.scaled(exp);
    }
    Unit unit = Units.word(letters);
    return new Reading(r.mantissa(), r.decimals(), 0, unit, unit == null, false);
  }
}
