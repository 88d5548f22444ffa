package io.corroborate.compile;

import io.corroborate.source.SourceSpan;

/** Where a generated Drools rule came from, so its messages and names trace back to the rule file. */
public record RuleOrigin(String file, int line, int column) {
  public static RuleOrigin of(SourceSpan span) {
    return new RuleOrigin(span.file().name(), span.line(), span.column());
  }

  public String location() {
    return file + ":" + line + ":" + column;
  }
}
