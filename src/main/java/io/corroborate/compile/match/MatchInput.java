package io.corroborate.compile.match;

import io.corroborate.text.Mention;
import io.corroborate.text.Sentence;
import java.util.List;

/** One sentence to match against: the document text, the sentence and its typed mentions. */
public record MatchInput(String document, Sentence sentence, List<Mention> mentions) {
  public MatchInput {
    mentions = List.copyOf(mentions);
  }
}
