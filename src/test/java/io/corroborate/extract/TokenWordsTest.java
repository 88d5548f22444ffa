package io.corroborate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corroborate.text.Sentence;
import io.corroborate.text.SentenceSplitter;
import io.corroborate.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TokenWords} is the set of a sentence's lower-cased token texts, whatever its length. */
class TokenWordsTest {
  private static final String TEXT = "Hi. The Mesil depot holds 1,490 crates, the depot said. "
      + "Police said 12 were hurt in Brosivu on Monday, adding that 3 were children and that the the the toll "
      + "could rise, and that “nobody knew” how many homes on Miror Street were flooded overnight by the storm.";

  @Test
  void holdsExactlyTheSentencesWords() {
    for (Sentence s : SentenceSplitter.split(TEXT)) {
      Set<String> expected = new HashSet<>();
      s.tokens().forEach(t -> expected.add(t.lower()));
      TokenWords words = new TokenWords(s.tokens());
      assertEquals(expected, words);
      assertEquals(expected.size(), words.size());
      for (Token t : s.tokens()) {
        assertEquals(true, words.contains(t.lower()));
        assertEquals(expected.contains(t.lower() + "x"), words.contains(t.lower() + "x"));
      }
      for (String absent : List.of("depots", "", "said.", "Police", "xyz")) {
        assertEquals(expected.contains(absent), words.contains(absent), absent);
      }
    }
  }

  @Test
  void anEmptySentenceHasNoWords() {
    assertEquals(Set.of(), new TokenWords(List.of()));
  }
}
