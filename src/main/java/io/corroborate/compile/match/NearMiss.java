package io.corroborate.compile.match;

/**
 * How far a pattern got in a sentence where it did not match: its first {@code matched} top-level
 * elements matched tokens {@code [start, stop)}, and element {@code failed} did not match at {@code stop}.
 *
 * @param failedElement the failing element as written in the rule file
 * @param expectedType for a typed capture, the type it wanted (e.g. "PLACE"), else null
 * @param slot for a capture, the slot it would have filled, else null
 */
public record NearMiss(int pattern, int start, int stop, int matched, int elements, String failedElement,
    String expectedType, String slot) {}
