package io.corroborate.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Converts between units of one dimension, so that "250 square miles" and "647 km²" or "48 hours"
 * and "two days" compare as the same amount. Each unit has a factor to one base unit per dimension
 * (km² for area, km for length, kg for weight, hour for duration). Units missing here — currencies
 * (no exchange rates), "%" and percentage points, ordinals, multipliers — compare only with
 * themselves.
 *
 * <p>Choices: a "ton" is the US short ton (907.18474 kg; a "tonne" or "metric ton" is 1,000 kg), a
 * month is 1/12 of a 365.25-day year (730.5 hours), a year 365.25 days, a decade ten such years.
 */
public final class UnitConversion {
  private UnitConversion() {}

  private record Factor(Dimension dimension, double toBase) {}

  private static final Map<String, Factor> FACTORS = new HashMap<>();

  static {
    area("km2", 1.0);
    area("mi2", 2.589988110336);
    area("m2", 1e-6);
    area("ft2", 9.290304e-8);
    area("ha", 0.01);
    area("acre", 0.00404685642);
    length("km", 1.0);
    length("mi", 1.609344);
    length("nmi", 1.852);
    length("m", 0.001);
    length("cm", 1e-5);
    length("mm", 1e-6);
    length("ft", 0.0003048);
    length("yd", 0.0009144);
    length("in", 0.0000254);
    weight("kg", 1.0);
    weight("g", 0.001);
    weight("t", 1000.0);
    weight("ton", 907.18474);
    weight("lb", 0.45359237);
    weight("oz", 0.028349523125);
    duration("second", 1 / 3600.0);
    duration("minute", 1 / 60.0);
    duration("hour", 1.0);
    duration("day", 24.0);
    duration("week", 168.0);
    duration("fortnight", 336.0);
    duration("month", 730.5);
    duration("year", 8766.0);
    duration("decade", 87660.0);
  }

  private static void area(String unit, double km2) {
    FACTORS.put(unit, new Factor(Dimension.AREA, km2));
  }

  private static void length(String unit, double km) {
    FACTORS.put(unit, new Factor(Dimension.LENGTH, km));
  }

  private static void weight(String unit, double kg) {
    FACTORS.put(unit, new Factor(Dimension.WEIGHT, kg));
  }

  private static void duration(String unit, double hours) {
    FACTORS.put(unit, new Factor(Dimension.DURATION, hours));
  }

  /**
   * The factor that turns a value in {@code from} into {@code to}: 1 for equal units (null reads as
   * ""), NaN when they measure different things or either is not convertible.
   */
  public static double factor(String from, String to) {
    String a = from == null ? "" : from;
    String b = to == null ? "" : to;
    if (a.equals(b)) {
      return 1.0;
    }
    Factor fa = FACTORS.get(a);
    Factor fb = FACTORS.get(b);
    if (fa == null || fb == null || fa.dimension() != fb.dimension()) {
      return Double.NaN;
    }
    return fa.toBase() / fb.toBase();
  }

  /**
   * {@code q} expressed in {@code unit}: point and bounds scaled, open ends and the qualifier kept.
   *
   * @throws IllegalArgumentException when the units do not convert
   */
  public static Quantity convert(Quantity q, String unit) {
    double f = factor(q.unit(), unit);
    if (Double.isNaN(f)) {
      throw new IllegalArgumentException("cannot convert " + q.unit() + " to " + unit);
    }
    return new Quantity(q.point() * f, q.low() * f, q.high() * f, q.lowOpen(), q.highOpen(), unit,
        q.dimension(), q.qualifier());
  }
}
