package io.corroborate;

/**
 * The outcome of one {@code example} line of a rule file.
 *
 * @param file the rule file, as given
 * @param line 1-based line of the example
 * @param message why it failed, or what it found when it passed
 */
public record ExampleResult(String file, int line, int column, String claim, String text, boolean passed,
    String message) {}
