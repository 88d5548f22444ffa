package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a quotation that are the reporter's, not the speaker's: words an editor puts in square or
 * round brackets to clarify ("an act of war committed by (France's) enemies", "[he] said"). A bracket
 * that opens right after a letter or digit belongs to a word ("victim(s)"), and a bracket that is never
 * closed is ordinary punctuation; neither is editorial.
 */
final class EditorialBrackets {
  private EditorialBrackets() {}

  /** A stretch of the quote, in order: the speaker's words, or one editor's bracket with its brackets. */
  record Piece(String text, boolean editorial) {}

  /** The quote cut into pieces whose texts, joined, are the quote. */
  static List<Piece> pieces(String quote) {
    List<Piece> out = new ArrayList<>();
    int plainFrom = 0;
    int i = 0;
    while (i < quote.length()) {
      int close = opensInsertion(quote, i) ? closing(quote, i) : -1;
      if (close < 0) {
        i++;
        continue;
      }
      if (i > plainFrom) {
        out.add(new Piece(quote.substring(plainFrom, i), false));
      }
      out.add(new Piece(quote.substring(i, close + 1), true));
      i = close + 1;
      plainFrom = i;
    }
    if (plainFrom < quote.length()) {
      out.add(new Piece(quote.substring(plainFrom), false));
    }
    return out;
  }

  private static boolean opensInsertion(String quote, int i) {
    char c = quote.charAt(i);
    return (c == '[' || c == '(') && (i == 0 || !Character.isLetterOrDigit(quote.charAt(i - 1)));
  }

  /** Where the bracket opened at {@code open} closes, counting nested brackets of its kind; -1 if never. */
  private static int closing(String quote, int open) {
    char opener = quote.charAt(open);
    char closer = opener == '[' ? ']' : ')';
    int depth = 0;
    for (int i = open; i < quote.length(); i++) {
      char c = quote.charAt(i);
      if (c == opener) {
        depth++;
      } else if (c == closer && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
