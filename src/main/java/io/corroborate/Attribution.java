package io.corroborate;

/**
 * Who said what, where: one claim's provenance as it appears under a verdict.
 *
 * @param sentence 0-based sentence index in the document
 * @param start char offset of the matched text in the document text (inclusive)
 * @param end char offset (exclusive)
 * @param text the matched text, exactly as in the document
 */
public record Attribution(String document, String source, String speaker, int sentence, int start, int end,
    String text, Value value) {}
