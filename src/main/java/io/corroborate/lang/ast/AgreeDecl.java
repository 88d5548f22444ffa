package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** {@code agree Kind when slot overlaps within 10%} or {@code ... equals}. */
public record AgreeDecl(Name kind, Name slot, Policy policy, SourceSpan span) implements Declaration {

  /** When two values of a claim kind agree. */
  public sealed interface Policy {
    /**
     * Intervals overlap, or their gap is at most {@code percent} of the larger magnitude; with
     * {@code distinct beyond N%}, figures of one key further apart than that are separate facts.
     *
     * @param distinctBeyond the N of {@code distinct beyond N%}, or null when not written
     */
    record Overlaps(double percent, Double distinctBeyond, SourceSpan span) implements Policy {}

    /** Values are equal after normalization (canonical forms for lexicon values). */
    record Equals(SourceSpan span) implements Policy {}

    /** One value's set of words contains the other's ("Donbas and Crimea" contains "Crimea"). */
    record Contains(SourceSpan span) implements Policy {}

    /** Dates or times at most {@code amount} units apart: {@code within 3 days}, {@code within 2 hours}. */
    record Window(double amount, Name unit, SourceSpan span) implements Policy {}
  }
}
