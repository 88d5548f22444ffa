package io.corroborate.text;

/**
 * A typed span found by the text layer inside one sentence, which typed captures in patterns match.
 * Token indices are relative to the sentence's token list; {@code [tokenStart, tokenEnd)}.
 *
 * @param type the mention type
 * @param tokenStart first token (inclusive)
 * @param tokenEnd last token (exclusive)
 * @param quantity the normalized value for NUMBER, QUANTITY, DATE (epoch days) and TIME (minutes after
 *     midnight) mentions; null for NAME
 */
public record Mention(MentionType type, int tokenStart, int tokenEnd, Quantity quantity) {}
