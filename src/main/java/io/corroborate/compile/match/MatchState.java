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
  /** How part-of-speech tests answer; see {@link Tags}. */
  Tags mode = Tags.READ;

  /**
   * A sentence is tagged only when a match attempt needs its tags. Before that, an attempt can be run on
   * guesses: {@link #MAY} answers every tag test yes (a match then is possible, not certain) and
   * {@link #MUST} no (a match then is certain whatever the tags); {@code not} swaps the two. If even the
   * {@code MAY} attempt fails, the real one would fail too, and the sentence need not be tagged for it.
   */
  enum Tags {
    READ, MAY, MUST;

    Tags negated() {
      return this == MAY ? MUST : this == MUST ? MAY : READ;
    }
  }

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

  /** Whether the tag of token {@code position} passes {@code test}, or the guess of the current {@link #mode}. */
  boolean tagIs(int position, java.util.function.Predicate<String> test) {
    return switch (mode) {
      case READ -> test.test(input.tags()[position]);
      case MAY -> true;
      case MUST -> false;
    };
  }

  /** Whether token {@code position} may be a word of a noun phrase by its form (see {@link Captures.NounPhrase}). */
  boolean nounForm(int position) {
    return input.nounForms()[position];
  }

  /** Whether the sentence's tags are known already, so that guessing them saves nothing. */
  boolean tagged() {
    return input.tagged();
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
