package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/**
 * {@code supersede Kind}: for this claim kind a later report replaces an earlier one. When the values of a
 * key disagree only because they were reported at different times (their as-of dates), the key is
 * {@code SUPERSEDED} by the latest values instead of {@code CONFLICTING}.
 */
public record SupersedeDecl(Name kind, SourceSpan span) implements Declaration {}
