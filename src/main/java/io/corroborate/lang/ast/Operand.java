package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** A side of a comparison in a custom rule. */
public sealed interface Operand {
  SourceSpan span();

  /** {@code a.speaker}, {@code a.count}. */
  record Field(Name variable, Name field, SourceSpan span) implements Operand {}

  record Text(String value, SourceSpan span) implements Operand {}

  record Number(double value, SourceSpan span) implements Operand {}
}
