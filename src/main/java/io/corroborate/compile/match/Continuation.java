package io.corroborate.compile.match;

/** What to match after a node succeeds at a token position; returning false makes the node backtrack. */
@FunctionalInterface
interface Continuation {
  boolean at(int position);
}
