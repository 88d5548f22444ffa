package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/**
 * {@code finding NAME [on sentence|line] [severity S] when EXPR [message "..."] [suppress]}: an
 * observation about a sentence or line. With {@code suppress}, no claim is taken from it.
 */
public record FindingDecl(
    Name name, Name scope, Name severity, FindingExpr expr, Name message, boolean suppress, SourceSpan span)
    implements Declaration {}
