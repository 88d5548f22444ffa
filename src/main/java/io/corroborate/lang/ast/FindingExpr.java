package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** The condition of a finding, over one sentence or line. */
public sealed interface FindingExpr {
  SourceSpan span();

  record Not(FindingExpr inner, SourceSpan span) implements FindingExpr {}

  record And(FindingExpr left, FindingExpr right, SourceSpan span) implements FindingExpr {}

  record Or(FindingExpr left, FindingExpr right, SourceSpan span) implements FindingExpr {}

  /** {@code starts (...)}, {@code ends (...)}, {@code contains (...)}, {@code matches (...)}. */
  record PatternTest(String test, Pattern pattern, SourceSpan span) implements FindingExpr {}

  /** {@code words >= 6}, {@code overlap < 0.2}, {@code position == 0}. */
  record AttributeCompare(Name attribute, String op, double value, SourceSpan span) implements FindingExpr {}

  /** {@code attributed}, {@code terminal}, {@code repeated}, {@code quoted}. */
  record Flag(Name flag, SourceSpan span) implements FindingExpr {}
}
