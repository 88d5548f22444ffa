package io.corroborate.text;

/**
 * One token as attribution reads it. {@code key} is the lower-cased token without an abbreviation's
 * final period ("gen", "u.s"), so "Gen." matches whether or not the tokenizer kept the period in
 * the word; {@code quote} is the index of the quote the token lies in (marks included), or -1.
 */
record Word(int start, int end, String text, String key, TokenKind kind, int quote) {

  boolean quoted() {
    return quote >= 0;
  }

  boolean isWord() {
    return kind == TokenKind.WORD;
  }

  boolean is(String k) {
    return key.equals(k);
  }

  /** First character upper-case: a name-like word (sentence-initial words too, on purpose). */
  boolean capitalized() {
    return isWord() && Character.isUpperCase(text.codePointAt(0));
  }

  /** "Ukraine's", "Kyiv’s", "ministry's", "officials'". */
  boolean possessive() {
    return isWord() && (key.endsWith("'s") || (key.endsWith("s'") && key.length() > 2));
  }

  /** An initialism written with dots ("U.S.", "U.N."), in either tokenizer shape. */
  boolean dotted() {
    return isWord() && key.indexOf('.') > 0;
  }
}
