package io.corroborate;

/**
 * A normalized claim value. Numbers are intervals: {@code low}/{@code high} are null where unbounded.
 * Text values (lexicon canonical forms, names) have only {@code text}.
 *
 * @param low lower bound, null if none
 * @param high upper bound, null if none
 * @param unit canonical unit ("mi2", "km", "%", ""), null for text values
 * @param qualifier the hedge: "exact", "approximately", "at least", "more than", …; null for text
 * @param text the canonical text for text values, else the number as written normalized (e.g. "11000")
 */
public record Value(Double low, Double high, String unit, String qualifier, String text) {}
