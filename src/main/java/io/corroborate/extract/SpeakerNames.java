package io.corroborate.extract;

import io.corroborate.check.SlotType;
import io.corroborate.compile.match.EntityNames;
import io.corroborate.compile.match.LexiconTrie;
import io.corroborate.text.Token;
import io.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Canonical speaker names: a phrase of a PERSON, ORG or SPEAKER lexicon gives its canonical form
 * ("Zelenskyy" and "Volodymyr Zelensky" both → one name); otherwise the name as the text layer
 * resolved it, so "Zelensky" joins "Volodymyr Zelensky" earlier in the same document.
 */
final class SpeakerNames {
  private final List<LexiconTrie> lexicons = new ArrayList<>();

  SpeakerNames(Map<SlotType.Base, List<LexiconTrie>> entityLexicons) {
    for (SlotType.Base type : List.of(SlotType.Base.SPEAKER, SlotType.Base.PERSON, SlotType.Base.ORG)) {
      lexicons.addAll(entityLexicons.getOrDefault(type, List.of()));
    }
  }

  /** The canonical form of a speaker name as written or resolved; null stays null. */
  String canonical(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String plain = EntityNames.plain(name);
    List<Token> tokens = Tokenizer.tokenize(plain, 0, plain.length());
    for (LexiconTrie lexicon : lexicons) {
      for (LexiconTrie.Hit hit : lexicon.find(tokens, 0, tokens.size())) {
        if (hit.length() == tokens.size()) {
          return hit.canonical();
        }
      }
    }
    return plain;
  }
}
