package io.corroborate.compile;

import io.corroborate.lang.ast.Pattern;

/** A pattern test inside a finding: {@code starts}, {@code ends}, {@code contains} or {@code matches}. */
public record FindingTest(String test, Pattern pattern) {}
