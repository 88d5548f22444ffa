package io.corroborate.text;

/**
 * Character classes shared by the tokenizer and the sentence splitter, so that "whitespace" and
 * "word character" mean the same thing everywhere offsets are trimmed or tokens are cut.
 */
final class TextChars {
  private TextChars() {}

  /**
   * True for anything that separates tokens and is never part of one: ASCII and Unicode spaces
   * (including U+00A0 no-break space and U+202F), line/paragraph separators, C0/C1 control
   * characters ({@code \r} included) and invisible format characters (zero-width space/joiners,
   * word joiner, byte-order mark) that scraped text often carries.
   */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c <= ' ' || c == 0x7F;
    }
    if (c <= 0x9F) {
      return true; // C1 controls, e.g. NEL (U+0085)
    }
    return c == '\u00A0'
        || (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060'
        || c == '\uFEFF'
        || Character.isSpaceChar(c)
        || Character.isWhitespace(c);
  }

  /** Letters and combining marks: what a word is made of (digits may follow inside a word). */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Letters, ASCII digits and superscript/other numbers ("km²") that may continue a word. */
  static boolean isWordPart(char c) {
    return isLetter(c) || isDigit(c) || (c >= 0x80 && Character.getType(c) == Character.OTHER_NUMBER);
  }

  /** ASCII and typographic apostrophes that can sit inside a word ("Russia's", "Kyiv’s"). */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Hyphen-minus, Unicode hyphen and non-breaking hyphen; not the en/em dashes. */
  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
