package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** A type as written: {@code QUANTITY}, {@code QUANTITY[area]}, {@code PLACE} or a lexicon name. */
public record TypeRef(Name name, Name unit, SourceSpan span) {}
