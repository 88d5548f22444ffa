package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s with exact absolute offsets, so any claim can quote its source.
 *
 * <p>Hand-written single pass, no regular expressions: this runs over every character of every
 * document. Rules:
 *
 * <ul>
 *   <li>WORD: starts with a letter; keeps inner apostrophes (' ’), hyphens and dots when a letter
 *       or digit follows ("Russia's", "three-month", "U.S"); keeps a final period only for dotted
 *       initialisms ("U.S.", "a.m."), listed abbreviations ("Mr.", "Jan.", "No." before a number)
 *       and single capital initials before a capitalized word ("W. Bush").
 *   <li>NUMBER: starts with an ASCII digit; keeps {@code , . :} between digits ("11,000",
 *       "7:22"), then a glued suffix of letters, digits and hyphen-joined parts ("3.5bn", "10km",
 *       "52-48", "6.2-magnitude", "20-year-old").
 *   <li>PUNCT / SYMBOL: every other character is its own token, except that runs of dots
 *       ("...") and of hyphens ("--") stay together. Currency signs, %, ©, #, &amp;, @, °,
 *       math symbols and emoji are SYMBOL.
 * </ul>
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokenizes the whole document. */
  public static List<Token> tokenize(String doc) {
    return tokenize(doc, 0, doc.length());
  }

  /** Tokenizes {@code doc[from, to)}; offsets in the tokens are absolute offsets into {@code doc}. */
  public static List<Token> tokenize(String doc, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = doc.charAt(i);
      if (TextChars.isSpace(c)) {
        i++;
        continue;
      }
      int end;
      TokenKind kind;
      if (TextChars.isDigit(c)) {
        end = scanNumber(doc, i, to);
        kind = TokenKind.NUMBER;
      } else if (TextChars.isLetter(c)) {
        end = scanWord(doc, i, to);
        kind = TokenKind.WORD;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(doc.charAt(i + 1))) {
        int cp = doc.codePointAt(i);
        // keep surrogate pairs whole; supplementary letters (rare scripts) start a word
        kind = Character.isLetter(cp) ? TokenKind.WORD : TokenKind.SYMBOL;
        end = kind == TokenKind.WORD ? scanWord(doc, i + 2, to) : i + 2;
      } else {
        end = scanRun(doc, i, to, c);
        kind = punctKind(c);
      }
      out.add(make(doc, i, end, kind));
      i = end;
    }
    return out;
  }

  private static Token make(String doc, int start, int end, TokenKind kind) {
    String text = doc.substring(start, end);
    return new Token(start, end, text, fold(text), kind);
  }

  /**
   * Lower-cases with {@link Character#toLowerCase(char)} (locale-independent, same length, so
   * offsets into {@code lower} match offsets into {@code text}) and folds typographic quotes to
   * ASCII. Returns {@code text} itself when nothing changes, the common case.
   */
  static String fold(String text) {
    int n = text.length();
    boolean upper = false;
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return foldUnicode(text);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    // ASCII: the JDK's Latin-1 lower-casing is faster than a char[] round trip
    return upper ? text.toLowerCase(Locale.ROOT) : text;
  }

  /** Slow path for text with non-ASCII characters. */
  private static String foldUnicode(String text) {
    char[] buf = text.toCharArray();
    for (int k = 0; k < buf.length; k++) {
      char c = buf[k];
      if (c == '\u2019' || c == '\u2018') {
        buf[k] = '\'';
      } else if (c == '\u201C' || c == '\u201D') {
        buf[k] = '"';
      } else {
        buf[k] = c < 0x80 ? ((c >= 'A' && c <= 'Z') ? (char) (c + 32) : c) : Character.toLowerCase(c);
      }
    }
    return new String(buf);
  }

  /** Letters/digits, joined by inner apostrophes, hyphens and dots; see the class comment. */
  private static int scanWord(String doc, int i, int to) {
    int start = i;
    while (i < to) {
      char c = doc.charAt(i);
      if (TextChars.isWordPart(c)) {
        i++;
      } else if (i + 1 < to && (TextChars.isApostrophe(c) || c == '.') && TextChars.isLetter(doc.charAt(i + 1))) {
        i += 2;
      } else if (i + 1 < to && TextChars.isHyphen(c) && TextChars.isWordPart(doc.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    if (i < to && doc.charAt(i) == '.' && Abbreviations.periodBelongs(doc, start, i, to)) {
      i++;
    }
    return i;
  }

  /** Digits with inner {@code , . :} between digits, then an optional glued suffix. */
  private static int scanNumber(String doc, int i, int to) {
    while (i < to) {
      char c = doc.charAt(i);
      if (TextChars.isDigit(c)) {
        i++;
      } else if ((c == ',' || c == '.' || c == ':') && i + 1 < to && TextChars.isDigit(doc.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    // glued suffix: "bn", "km²", "th", "-48", "-magnitude", "-year-old"
    while (i < to) {
      char c = doc.charAt(i);
      if (TextChars.isWordPart(c)) {
        i++;
      } else if (i + 1 < to && TextChars.isHyphen(c) && TextChars.isWordPart(doc.charAt(i + 1))) {
        i += 2;
      } else if (c == '.' && i + 1 < to && TextChars.isDigit(doc.charAt(i + 1))) {
        i += 2; // decimal in a hyphen part: "52-48.5"
      } else {
        break;
      }
    }
    return i;
  }

  /** One character, except runs of dots ("...") and hyphens ("--"), which stay one token. */
  private static int scanRun(String doc, int i, int to, char c) {
    int end = i + 1;
    if (c == '.' || c == '-') {
      while (end < to && doc.charAt(end) == c) {
        end++;
      }
    }
    return end;
  }

  private static TokenKind punctKind(char c) {
    switch (c) {
      case '%': case '#': case '&': case '@': case '\u2030': case '\u00B0': case '\u2116':
        return TokenKind.SYMBOL;
      default:
        break;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return TokenKind.PUNCT;
      default:
        return TokenKind.SYMBOL;
    }
  }
}
