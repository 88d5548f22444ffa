package io.corroborate.text;

/**
 * One token of a document. Offsets are absolute character offsets into the original document
 * text ({@code text.substring(start, end)} is the token), so every claim can quote its source exactly.
 *
 * @param start inclusive start offset in the document
 * @param end exclusive end offset in the document
 * @param text the token text, exactly as in the document
 * @param lower the token text lower-cased (Locale.ROOT) with typographic apostrophes and quotes folded
 *     to ASCII ({@code ’ → '}, {@code “ ” → "}), used for case-insensitive matching
 * @param kind what the token is made of
 */
public record Token(int start, int end, String text, String lower, TokenKind kind) {

  /** True when the first character is an upper-case letter (a name-like word). */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isWord() {
    return kind == TokenKind.WORD;
  }
}
