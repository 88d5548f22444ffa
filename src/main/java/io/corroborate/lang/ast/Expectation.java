package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** {@code slot op value} in an example: {@code count >= 12}, {@code place = "pier"}. */
public record Expectation(Name slot, String op, Name value, SourceSpan span) {}
