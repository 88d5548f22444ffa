package io.corroborate.extract;

import io.corroborate.text.Mention;
import io.corroborate.text.Sentence;
import java.util.List;

/**
 * A sentence or a whole physical line, the two things findings look at. A line is presented as one
 * sentence-like span with all its tokens, so the same pattern tests work on both.
 */
record TextUnit(boolean line, Sentence span, List<Mention> mentions, List<Integer> sentences) {

  int start() {
    return span.start();
  }

  int end() {
    return span.end();
  }
}
