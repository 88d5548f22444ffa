package io.corroborate.text;

import java.util.List;

/**
 * A sentence (or a line without terminal punctuation, such as a headline) with its tokens.
 *
 * @param index 0-based position of the sentence in its document
 * @param line 0-based index of the physical line the sentence lies on (sentences never cross lines)
 * @param start inclusive start offset in the document, never on whitespace
 * @param end exclusive end offset in the document, never after trailing whitespace
 * @param tokens the tokens of the sentence in order, all inside [start, end)
 */
public record Sentence(int index, int line, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
