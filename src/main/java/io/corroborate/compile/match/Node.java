package io.corroborate.compile.match;

/**
 * A compiled pattern element. Matching is continuation-passing backtracking over the tokens of one
 * sentence: a node tries each way it can match at {@code position} and asks {@code next} to match the
 * rest; the first complete match wins, so quantifiers are greedy and gaps lazy, as in regular expressions.
 */
abstract class Node {
  abstract boolean match(MatchState state, int position, Continuation next);

  /** Tokens this node needs at the least; lets a sequence give up early near the sentence end. */
  abstract int minLength();
}
