package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** One comma-separated condition of a custom rule. */
public sealed interface Condition {
  SourceSpan span();

  /** {@code a: Kind}: binds a variable to each claim of a kind. */
  record Binding(Name variable, Name kind, SourceSpan span) implements Condition {}

  /** {@code same key}: every bound claim has the same key. */
  record SameKey(SourceSpan span) implements Condition {}

  /** {@code agree(a, b)} or {@code not agree(a, b)}, by the kind's agreement policy. */
  record AgreeTest(Name left, Name right, boolean negated, SourceSpan span) implements Condition {}

  /** {@code sources(a) >= 3}: a count over the claims of a's key ({@code sources}, {@code claims}, {@code speakers}). */
  record Count(Name function, Name variable, String op, double value, SourceSpan span) implements Condition {}

  /** {@code a.speaker == b.speaker}, {@code a.count > 100}. */
  record Compare(Operand left, String op, Operand right, SourceSpan span) implements Condition {}
}
