package io.corroborate.engine;

import java.util.Map;

/**
 * Factors to one base unit per dimension, so "250 square miles" and "647 km²" can be compared.
 * Units missing here compare only with themselves.
 */
final class UnitConversion {
  private static final Map<String, Double> TO_BASE = Map.ofEntries(
      Map.entry("km2", 1.0), Map.entry("mi2", 2.589988), Map.entry("ha", 0.01), Map.entry("acre", 0.004046856),
      Map.entry("m2", 1e-6),
      Map.entry("km", 1.0), Map.entry("mi", 1.609344), Map.entry("m", 0.001), Map.entry("ft", 0.0003048),
      Map.entry("kg", 1.0), Map.entry("t", 1000.0), Map.entry("lb", 0.45359237),
      Map.entry("hour", 1.0), Map.entry("day", 24.0), Map.entry("week", 168.0), Map.entry("month", 730.5),
      Map.entry("year", 8766.0));
  private static final Map<String, String> DIMENSION = Map.ofEntries(
      Map.entry("km2", "area"), Map.entry("mi2", "area"), Map.entry("ha", "area"), Map.entry("acre", "area"),
      Map.entry("m2", "area"), Map.entry("km", "length"), Map.entry("mi", "length"), Map.entry("m", "length"),
      Map.entry("ft", "length"), Map.entry("kg", "weight"), Map.entry("t", "weight"), Map.entry("lb", "weight"),
      Map.entry("hour", "time"), Map.entry("day", "time"), Map.entry("week", "time"), Map.entry("month", "time"),
      Map.entry("year", "time"));

  private UnitConversion() {}

  /** The factor that turns a value in {@code from} into {@code to}, or NaN when they do not convert. */
  static double factor(String from, String to) {
    String a = from == null ? "" : from;
    String b = to == null ? "" : to;
    if (a.equals(b)) {
      return 1.0;
    }
    if (!TO_BASE.containsKey(a) || !TO_BASE.containsKey(b) || !DIMENSION.get(a).equals(DIMENSION.get(b))) {
      return Double.NaN;
    }
    return TO_BASE.get(a) / TO_BASE.get(b);
  }
}
