package io.corroborate;

/**
 * A diagnostic as reports carry it: about a rule file position or an input document.
 *
 * @param file the rule file or document the problem is about
 * @param line 1-based line, 0 when the problem has no position
 * @param column 1-based column, 0 when the problem has no position
 */
public record Problem(String severity, String code, String message, String help, String file, int line,
    int column) {}
