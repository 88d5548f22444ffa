package io.corroborate.check;

import io.corroborate.source.SourceSpan;
import java.util.Map;

/**
 * A checked lexicon: phrases (lower-cased, whitespace-normalized) to canonical forms.
 *
 * @param entityType PERSON, ORG or PLACE when the lexicon refines that entity type, else null
 * @param span the lexicon's name where it is declared
 */
public record Lexicon(String name, SlotType.Base entityType, Map<String, String> phrases, SourceSpan span) {
  public Lexicon {
    phrases = Map.copyOf(phrases);
  }
}
