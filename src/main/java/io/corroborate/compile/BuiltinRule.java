package io.corroborate.compile;

/**
 * What the consequence of one of the generated built-in rules does, so the rule base can run it as
 * compiled Java ({@link BuiltinConsequences}) instead of interpreting the rule's MVEL, which says the same.
 *
 * @param verdict the label a speaker verdict rule reports; null for the summary rules
 */
public record BuiltinRule(Role role, String verdict) {
  public enum Role {
    /** Summarize a key (and give its built-in verdict); insert the summary if returned; delete the key fact. */
    KEY_SUMMARY,
    /** Summarize one speaker of a key; insert the summary; delete the speaker key fact. */
    SPEAKER_SUMMARY,
    /** Report the built-in verdict {@code verdict} on one speaker's summary. */
    SPEAKER_VERDICT
  }
}
