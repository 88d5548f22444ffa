package io.corroborate;

/**
 * A claim extracted from a document: its kind and key, its value, and its provenance.
 *
 * @param asOf the day the claim speaks of, ISO 8601: a date the sentence gives ("as of Monday", "said last
 *     month"), else the document's publication date; null when neither is known
 * @param modality how the text asserts it, when not plainly: "negated", "hedged", "conditional", "future",
 *     joined with "+" ("negated+future"); null for a plain assertion. Negated and conditional claims are
 *     reported but take part in no verdict: "did not send 10,000 troops" does not corroborate 10,000.
 */
public record Claim(String kind, String key, String document, String source, String speaker, int sentence,
    int start, int end, String text, Value value, String asOf, String modality) {

  public Claim(String kind, String key, String document, String source, String speaker, int sentence,
      int start, int end, String text, Value value) {
    this(kind, key, document, source, speaker, sentence, start, end, text, value, null, null);
  }

  /** Whether the claim counts in verdicts: not negated, not conditional. */
  public boolean asserted() {
    return modality == null || !(modality.contains("negated") || modality.contains("conditional"));
  }

  public Attribution attribution() {
    return new Attribution(document, source, speaker, sentence, start, end, text, value);
  }

  public Claim withKey(String newKey) {
    return new Claim(kind, newKey, document, source, speaker, sentence, start, end, text, value, asOf, modality);
  }

  public Claim withSpeaker(String newSpeaker) {
    return new Claim(kind, key, document, source, newSpeaker, sentence, start, end, text, value, asOf, modality);
  }

  public Claim withAsOf(String newAsOf) {
    return new Claim(kind, key, document, source, speaker, sentence, start, end, text, value, newAsOf, modality);
  }
}
