package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** An identifier or string as written, with its span. */
public record Name(String text, SourceSpan span) {}
