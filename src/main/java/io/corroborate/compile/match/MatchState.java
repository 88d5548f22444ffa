package io.corroborate.compile.match;

import io.corroborate.text.Mention;
import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import java.util.List;

/**
 * The mutable state of one match attempt over one sentence: the tokens, the typed mentions by start
 * token, and the captures so far. Never shared between threads.
 */
final class MatchState {
  final Sentence sentence;
  final List<Token> tokens;
  final String document;
  private final MatchInput input;
  final int[] captureStart;
  final int[] captureEnd;
  final Object[] captureValue;

  MatchState(MatchInput input, int slots) {
    this.input = input;
    this.document = input.document();
    this.sentence = input.sentence();
    this.tokens = sentence.tokens();
    this.captureStart = new int[slots];
    this.captureEnd = new int[slots];
    this.captureValue = new Object[slots];
    reset();
  }

  String[] tags() {
    return input.tags();
  }

  void reset() {
    java.util.Arrays.fill(captureStart, -1);
    java.util.Arrays.fill(captureEnd, -1);
    java.util.Arrays.fill(captureValue, null);
  }

  int size() {
    return tokens.size();
  }

  io.corroborate.text.Quote quoteStartingAt(int token) {
    return input.quoteStartingAt(tokens.get(token).start());
  }

  List<Mention> mentionsAt(int token) {
    return input.mentionsAt(token);
  }

  /** The document text of tokens {@code [from, to)}. */
  String text(int from, int to) {
    return document.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
