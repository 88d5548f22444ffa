package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** A slot of a claim kind: its name, type and whether a claim may leave it empty. */
public record SlotDecl(Name name, TypeRef type, boolean optional, SourceSpan span) {}
