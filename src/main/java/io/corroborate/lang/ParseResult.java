package io.corroborate.lang;

import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.Diagnostic;
import java.util.List;

/** A rule file as far as it parsed, and the syntax errors found on the way. */
public record ParseResult(RuleFile file, List<Diagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
