package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/**
 * One {@code pattern} line of a claim kind.
 *
 * @param priority breaks ties between overlapping matches of equal length (higher wins; default 0)
 */
public record PatternDecl(Pattern pattern, int priority, SourceSpan span) {}
