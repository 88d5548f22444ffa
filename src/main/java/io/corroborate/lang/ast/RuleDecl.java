package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;
import java.util.List;

/**
 * {@code rule "name" severity high when a: Kind, b: Kind, same key, ... then verdict LABEL "message"}:
 * a custom rule over claims, compiled to one Drools rule.
 */
public record RuleDecl(
    Name name, Name severity, List<Condition> conditions, Name label, Name message, SourceSpan span)
    implements Declaration {
  public RuleDecl {
    conditions = List.copyOf(conditions);
  }
}
