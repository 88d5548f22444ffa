package io.corroborate.text;

/**
 * A normalized number or quantity: an interval of values in the unit's base form, the hedge that
 * produced the interval, and the point value the text named.
 *
 * <p>Examples: "11,000" → [11000, 11000] exact; "roughly 250 square miles" → [237.5, 262.5] mi²,
 * qualifier "approximately"; "more than 10,000" → (10000, ∞) "more than"; "at least 30" → [30, ∞).
 * An unbounded side is {@link Double#POSITIVE_INFINITY} / {@link Double#NEGATIVE_INFINITY}.
 *
 * @param point the number the text names (250 for "roughly 250"), after unit conversion
 * @param low lower bound
 * @param high upper bound
 * @param lowOpen true when {@code low} itself is excluded ("more than 10,000")
 * @param highOpen true when {@code high} itself is excluded ("fewer than 5", "nearly 100")
 * @param unit canonical unit symbol ("mi2", "km2", "mi", "km", "%", "USD"…), or "" for a bare count
 * @param dimension what the unit measures
 * @param qualifier the hedge in canonical words: "exact", "approximately", "at least", "more than",
 *     "at most", "less than", "up to", "nearly", "some" (vague plurals), "between" (ranges)
 */
public record Quantity(
    double point,
    double low,
    double high,
    boolean lowOpen,
    boolean highOpen,
    String unit,
    Dimension dimension,
    String qualifier) {

  public static Quantity exact(double value, String unit, Dimension dimension) {
    return new Quantity(value, value, value, false, false, unit, dimension, "exact");
  }
}
