package io.corroborate.compile;

import io.corroborate.check.ClaimKind;
import io.corroborate.compile.match.CompiledPattern;

/** A compiled claim pattern, the kind whose claims it makes, and where the rule file wrote it. */
public record ClaimPattern(ClaimKind kind, CompiledPattern matcher, RuleOrigin origin) {}
