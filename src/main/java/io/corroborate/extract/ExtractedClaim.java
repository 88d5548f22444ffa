package io.corroborate.extract;

import io.corroborate.Claim;
import io.corroborate.check.ClaimKind;
import io.corroborate.text.Quantity;
import java.util.Map;

/**
 * A claim as the engine needs it: the public {@link Claim} plus what rules compare.
 *
 * @param id unique within one evaluation, in extraction order
 * @param slots every filled slot's normalized value (a Quantity's point for numbers, else text)
 * @param quantity the numeric value, or null for text values
 * @param canonical the value for equality policies
 */
public record ExtractedClaim(int id, ClaimKind kind, Map<String, Object> slots, Quantity quantity, String canonical,
    Claim claim) {
  public ExtractedClaim {
    slots = SlotMap.copyOf(slots); // a claim renumbered or rekeyed shares its slots, no copy
  }
}
