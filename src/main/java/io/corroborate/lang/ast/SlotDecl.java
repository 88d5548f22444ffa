package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/**
 * A slot of a claim kind: its name, type, whether a claim may leave it empty, and the value an empty
 * slot takes ({@code place: PLACE? = "unknown"}), or null.
 */
public record SlotDecl(Name name, TypeRef type, boolean optional, Name defaultValue, SourceSpan span) {}
