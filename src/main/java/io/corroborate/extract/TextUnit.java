package io.corroborate.extract;

import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Mention;
import io.corroborate.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence or a whole physical line, the two things findings look at. A line is presented as one
 * sentence-like span with all its tokens, so the same pattern tests work on both.
 *
 * @param sentences the indices of the document's sentences the unit is made of
 * @param text the document's analysis, from which {@link #mentions} are read when a test needs them
 */
record TextUnit(boolean line, Sentence span, List<Integer> sentences, AnalyzedText text) {

  int start() {
    return span.start();
  }

  int end() {
    return span.end();
  }

  /** The mentions of the unit's sentences, token indices counted from the unit's first token. */
  List<Mention> mentions() {
    if (!line) {
      return text.mentions(sentences.get(0));
    }
    List<Mention> mentions = new ArrayList<>();
    int offset = 0;
    for (int s : sentences) {
      for (Mention m : text.mentions(s)) {
        mentions.add(new Mention(m.type(), m.tokenStart() + offset, m.tokenEnd() + offset, m.quantity()));
      }
      offset += text.sentences().get(s).tokens().size();
    }
    return mentions;
  }
}
