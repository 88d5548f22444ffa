package io.corroborate.compile.match;

/**
 * A compiled pattern element. Matching is continuation-passing backtracking over the tokens of one
 * sentence: a node tries each way it can match at {@code position} and asks {@code next} to match the
 * rest; the first complete match wins, so quantifiers are greedy and gaps lazy, as in regular expressions.
 */
abstract class Node {
  abstract boolean match(MatchState state, int position, Continuation next);

  /** {@link #maxLength} when a node's length has no bound, or none is known. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  /** Tokens this node needs at the least; lets a sequence give up early near the sentence end. */
  abstract int minLength();

  /**
   * Tokens this node spans at the most, or {@link #UNBOUNDED}; lets a test that must end at the last token
   * start only that far from it.
   */
  int maxLength() {
    return UNBOUNDED;
  }

  /** {@code a + b}, or {@link #UNBOUNDED} when either is or the sum overflows. */
  static int add(int a, int b) {
    long sum = (long) a + b;
    return sum >= UNBOUNDED ? UNBOUNDED : (int) sum;
  }
  /**
   * Words a sentence must contain for this node to match: each set in the list must share a word with
   * the sentence's lower-cased tokens. Empty when nothing is certain (the default: tests, captures of
   * types, gaps). Lets the extractor skip a pattern, and a sentence, in one pass over the words.
   */
  java.util.List<java.util.Set<String>> requiredWords() {
    return java.util.List.of();
  }

  /**
   * Mentions a sentence must have for this node to match, each of the kind given (a dimension of null: any).
   * Empty when nothing is certain. Checked once a sentence's mentions are read, before matching a pattern
   * at every token.
   */
  java.util.List<MatchInput.MentionKind> mentionNeeds() {
    return java.util.List.of();
  }

  /** Whether this node, or one inside it, reads part-of-speech tags (which cost far more than matching). */
  boolean readsTags() {
    return false;
  }
}
