package io.corroborate.compile.match;

import io.corroborate.text.Mention;
import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state of one match attempt over one sentence: the tokens, the typed mentions by start
 * token, and the captures so far. Never shared between threads.
 */
final class MatchState {
  final Sentence sentence;
  final List<Token> tokens;
  final String document;
  private final List<List<Mention>> mentionsByStart;
  final int[] captureStart;
  final int[] captureEnd;
  final Object[] captureValue;

  MatchState(String document, Sentence sentence, List<Mention> mentions, int slots) {
    this.document = document;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.mentionsByStart = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      mentionsByStart.add(new ArrayList<>(1));
    }
    for (Mention m : mentions) {
      mentionsByStart.get(m.tokenStart()).add(m);
    }
    this.captureStart = new int[slots];
    this.captureEnd = new int[slots];
    this.captureValue = new Object[slots];
    reset();
  }

  private String[] tags;

  /** Part-of-speech tags, tagged on first use: most sentences never need them (tagging is costly). */
  String[] tags() {
    if (tags == null) {
      tags = io.corroborate.text.PosTagger.tags(tokens);
    }
    return tags;
  }

  void reset() {
    java.util.Arrays.fill(captureStart, -1);
    java.util.Arrays.fill(captureEnd, -1);
    java.util.Arrays.fill(captureValue, null);
  }

  int size() {
    return tokens.size();
  }

  List<Mention> mentionsAt(int token) {
    return mentionsByStart.get(token);
  }

  /** The document text of tokens {@code [from, to)}. */
  String text(int from, int to) {
    return document.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
