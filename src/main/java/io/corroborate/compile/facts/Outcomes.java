package io.corroborate.compile.facts;

import java.util.List;

/**
 * The generated rules' only way out: every rule consequence calls one of these methods. The engine
 * implements it once per evaluation (a Drools global), so results never depend on shared state.
 */
public interface Outcomes {
  /**
   * Summarizes a key ({@code claims}: its claims) and reports the key's built-in verdict
   * ({@link KeySummary#builtinVerdict}). Returns the summary when a later rule reads it (the per-speaker
   * verdicts of a divided key, a custom rule's {@code sources(a)} count), else null: nothing to insert.
   */
  KeySummary summarizeKey(KeyFact key, List<?> claims);

  SpeakerSummary summarizeSpeaker(SpeakerKeyFact speakerKey, List<?> claims);

  /** Whether two claims of one kind agree under the kind's policy. */
  boolean agree(ClaimFact a, ClaimFact b);

  /** A built-in verdict on one speaker's value within a divided key. */
  void speakerVerdict(String rule, String label, SpeakerSummary summary);

  /**
   * A custom rule fired: {@code rule} indexes the compiled rule table; {@code claims} in binding order.
   * A list rather than varargs, because rule consequences are MVEL, which does not spread varargs.
   */
  void customVerdict(int rule, List<ClaimFact> claims);

  /** A finding fired: {@code finding} indexes the compiled finding table. */
  void finding(int finding, SentenceFact sentence);
}
