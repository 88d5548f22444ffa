package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** {@code define Name = pattern}: a named sub-pattern, used by name in any pattern of the rule set. */
public record MacroDecl(Name name, Pattern pattern, SourceSpan span) implements Declaration {}
