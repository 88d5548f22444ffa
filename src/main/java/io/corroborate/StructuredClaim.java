package io.corroborate;

import java.util.Map;

/**
 * A claim extracted by someone else (a service with its own extraction), to be evaluated by the same
 * rules as claims found in documents: the same Drools session, the same verdicts.
 *
 * @param kind a claim kind of the rule set ("Injured")
 * @param key the key slots by name ({@code group → "fire fighters"}); a lexicon slot takes any phrase of
 *     its lexicon and keeps the canonical form; a slot with a default may be left out
 * @param value the value as a document would write it ("12", "about 40", "nearly 9 hours",
 *     "2024-11-07"), read by the same text layer; for a lexicon value, a phrase of the lexicon
 * @param source the outlet; claims from the same outlet never corroborate each other
 * @param speaker who is quoted, or null for the outlet's own assertion; lexicon spellings join
 * @param document the document the claim comes from, or null: the claim then counts under its source
 * @param sentence 0-based sentence index in that document, or null when unknown (reported as -1)
 * @param start character offset of the claim's text in the document, or null when unknown (0)
 * @param end character offset (exclusive), or null when unknown (0)
 * @param text the sentence or span the claim was read from, or null (the value is shown instead)
 */
public record StructuredClaim(String kind, Map<String, String> key, String value, String source, String speaker,
    String document, Integer sentence, Integer start, Integer end, String text) {
  public StructuredClaim {
    key = key == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
  }

  /** A claim with no position: kind, key, value, outlet and speaker (null: the outlet's own assertion). */
  public static StructuredClaim of(String kind, Map<String, String> key, String value, String source,
      String speaker) {
    return new StructuredClaim(kind, key, value, source, speaker, null, null, null, null, null);
  }
}
