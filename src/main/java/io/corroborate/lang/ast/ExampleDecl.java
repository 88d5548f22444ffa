package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;
import java.util.List;

/** {@code example "sentence" => slot = value, ...}: an executable expectation inside a claim kind. */
public record ExampleDecl(Name text, List<Expectation> expectations, SourceSpan span) {
  public ExampleDecl {
    expectations = List.copyOf(expectations);
  }
}
