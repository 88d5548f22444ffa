package io.corroborate.compile;

import io.corroborate.check.ClaimKind;
import io.corroborate.compile.match.CompiledPattern;

/** A compiled claim pattern and the kind whose claims it makes. */
public record ClaimPattern(ClaimKind kind, CompiledPattern matcher) {}
