package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** {@code hedge approximate within 5%}: the interval that "roughly", "about", "some" … give. */
public record HedgeDecl(Name hedge, double percent, SourceSpan span) implements Declaration {}
