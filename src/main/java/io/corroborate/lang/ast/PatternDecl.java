package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** One {@code pattern} line of a claim kind. */
public record PatternDecl(Pattern pattern, SourceSpan span) {}
