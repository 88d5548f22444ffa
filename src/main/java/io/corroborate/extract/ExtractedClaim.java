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
 * @param statedYear the year a date in the claim's sentence names ("in 2012"), nearest the claim; 0 if none
 * @param statedMonth the month (1–12) a month name in the claim's sentence writes ("in January"), nearest the
 *     claim; 0 if none
 * @param statedWeekday the weekday (1 = Monday … 7 = Sunday) the claim's sentence ties it to, read only in a
 *     document with no publication date and no date of its own for the claim ({@link WeekdayAsOf}), for the
 *     engine to place against the batch's event day; 0 if none
 */
public record ExtractedClaim(int id, ClaimKind kind, Map<String, Object> slots, Quantity quantity, String canonical,
    Claim claim, int statedYear, int statedMonth, int statedWeekday) {
  public ExtractedClaim {
    slots = SlotMap.copyOf(slots); // a claim renumbered or rekeyed shares its slots, no copy
  }

  public ExtractedClaim(int id, ClaimKind kind, Map<String, Object> slots, Quantity quantity, String canonical,
      Claim claim) {
    this(id, kind, slots, quantity, canonical, claim, 0, 0, 0);
  }

  public ExtractedClaim(int id, ClaimKind kind, Map<String, Object> slots, Quantity quantity, String canonical,
      Claim claim, int statedYear, int statedMonth) {
    this(id, kind, slots, quantity, canonical, claim, statedYear, statedMonth, 0);
  }

  /** The same claim with another public form (key, speaker) and id. */
  public ExtractedClaim with(int newId, Claim newClaim) {
    return new ExtractedClaim(newId, kind, slots, quantity, canonical, newClaim, statedYear, statedMonth,
        statedWeekday);
  }
}
