package io.corroborate.text;

/**
 * A non-blank physical line of a document, trimmed of surrounding whitespace.
 *
 * @param index 0-based index of the physical line (counting blank lines too), the value
 *     {@link Sentence#line()} refers to
 * @param start inclusive start offset of the first non-whitespace character
 * @param end exclusive end offset after the last non-whitespace character ({@code \r} excluded)
 */
public record Line(int index, int start, int end) {}
