package io.corroborate.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test-only stand-in for the real tokenizer and sentence splitter, so attribution can be tested on
 * its own. Lines are split on {@code \n}, sentences by {@link BreakIterator} (Locale.US) per line,
 * with breaks after title abbreviations and single initials undone ("Maj. Gen. Pat Ryder"), because
 * the real splitter undoes them too. Tokens: words (letters with inner ' ’ - .), numbers (digits with
 * inner , . :), single punctuation characters. Offsets are absolute.
 *
 * <p>{@code keepAbbreviationDots} mimics a tokenizer that keeps the final period of "U.S." and "Gen."
 * in the word; production code must work with both shapes.
 */
final class AttributionTestText {
  private static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Gen", "Maj", "Lt", "Col", "Gov", "Sen", "Rep", "Prof", "Adm", "Capt", "Sgt", "St");

  private AttributionTestText() {}

  static List<Sentence> sentences(String doc) {
    return sentences(doc, false);
  }

  static List<Sentence> sentences(String doc, boolean keepAbbreviationDots) {
    List<Sentence> out = new ArrayList<>();
    int line = 0;
    int lineStart = 0;
    while (lineStart <= doc.length()) {
      int lineEnd = doc.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = doc.length();
      }
      for (int[] span : lineSentences(doc, lineStart, lineEnd)) {
        List<Token> tokens = tokenize(doc, span[0], span[1], keepAbbreviationDots);
        if (!tokens.isEmpty()) {
          int start = tokens.get(0).start();
          int end = tokens.get(tokens.size() - 1).end();
          out.add(new Sentence(out.size(), line, start, end, tokens));
        }
      }
      line++;
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static List<int[]> lineSentences(String doc, int from, int to) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
    String text = doc.substring(from, to);
    it.setText(text);
    List<int[]> spans = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (!spans.isEmpty() && endsWithTitle(text, spans.get(spans.size() - 1)[1] - from)) {
        spans.get(spans.size() - 1)[1] = from + end;
      } else {
        spans.add(new int[] {from + start, from + end});
      }
    }
    return spans;
  }

  /** True when the text before {@code end} (ignoring spaces) is a title abbreviation or an initial. */
  private static boolean endsWithTitle(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == 0 || text.charAt(e - 1) != '.') {
      return false;
    }
    int s = e - 1;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, e - 1);
    return TITLES.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
  }

  static List<Token> tokenize(String doc, int from, int to, boolean keepAbbreviationDots) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = doc.charAt(i);
      int end = i + 1;
      TokenKind kind;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else if (Character.isLetter(c)) {
        while (end < to && (Character.isLetterOrDigit(doc.charAt(end))
            || (inner(doc.charAt(end), "'’-.") && end + 1 < to && Character.isLetter(doc.charAt(end + 1))))) {
          end += Character.isLetterOrDigit(doc.charAt(end)) ? 1 : 2;
        }
        if (keepAbbreviationDots && end < to && doc.charAt(end) == '.' && abbreviation(doc.substring(i, end))) {
          end++;
        }
        kind = TokenKind.WORD;
      } else if (Character.isDigit(c)) {
        while (end < to && (Character.isDigit(doc.charAt(end))
            || (inner(doc.charAt(end), ",.:") && end + 1 < to && Character.isDigit(doc.charAt(end + 1))))) {
          end += Character.isDigit(doc.charAt(end)) ? 1 : 2;
        }
        kind = TokenKind.NUMBER;
      } else {
        kind = punctuation(c) ? TokenKind.PUNCT : TokenKind.SYMBOL;
      }
      String text = doc.substring(i, end);
      String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('“', '"').replace('”', '"');
      out.add(new Token(i, end, text, lower, kind));
      i = end;
    }
    return out;
  }

  private static boolean punctuation(char c) {
    int type = Character.getType(c);
    return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION;
  }

  private static boolean inner(char c, String chars) {
    return chars.indexOf(c) >= 0;
  }

  private static boolean abbreviation(String word) {
    return word.contains(".") || TITLES.contains(word);
  }
}
