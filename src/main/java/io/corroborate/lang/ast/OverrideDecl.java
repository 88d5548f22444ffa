package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/**
 * {@code override Kind LABEL as NEW [severity S]} or {@code override Kind LABEL off}: changes what a
 * built-in verdict is called, how severe it is, or turns it off, for one claim kind.
 *
 * @param newLabel the label to report instead, or null
 * @param off true when the verdict is not reported at all
 * @param severity the severity to report, or null to keep the built-in one
 */
public record OverrideDecl(Name kind, Name label, Name newLabel, boolean off, Name severity, SourceSpan span)
    implements Declaration {}
