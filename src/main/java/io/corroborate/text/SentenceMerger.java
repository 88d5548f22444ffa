package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Undoes sentence breaks that the JDK {@link java.text.BreakIterator} gets wrong in news text:
 *
 * <ul>
 *   <li>after a title or month abbreviation ("Gen. | Smith", "Jan. | 5"), always;
 *   <li>after "No." when a number follows ("No. | 1");
 *   <li>after an ambiguous abbreviation ("U.S.", "a.m.", "Inc.") only when the next piece starts
 *       with a lower-case letter or a digit — "in the U.S. | The next day" stays split — or, for
 *       capital initialisms, with a capitalized word that is not a function word ("the U.S. |
 *       Senate"), which in news far more often continues a name than opens a sentence;
 *   <li>after "a.m."/"p.m." when a weekday, month or time-zone code follows ("10 a.m. | Monday",
 *       "9:15 a.m. | ET"), which names the same moment;
 *   <li>after a capital initial followed by a name-like word ("George W. | Bush");
 *   <li>before a piece that starts with a lower-case letter ('"Why?" | she asked');
 *   <li>before a piece holding no letter or digit (a stray closing quote or bracket).
 * </ul>
 *
 * <p>Closing quotes that start the next piece but are separated from its first word by a space
 * are handed back to the previous sentence.
 */
final class SentenceMerger {
  /** Time-zone codes written after a clock time in news ("9:15 a.m. ET"). */
  private static final java.util.Set<String> TIME_ZONES = java.util.Set.of(
      "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST",
      "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "WIB", "SGT", "HKT");

  private SentenceMerger() {}

  /** Merges adjacent trimmed pieces {@code [start, end)} of one line; returns a new list. */
  static List<int[]> merge(String doc, List<int[]> pieces) {
    List<int[]> out = new ArrayList<>(pieces.size());
    for (int[] piece : pieces) {
      int[] p = {piece[0], piece[1]};
      if (!out.isEmpty()) {
        int[] prev = out.get(out.size() - 1);
        if (shouldJoin(doc, prev, p)) {
          prev[1] = p[1];
          continue;
        }
        p[0] = handOverClosers(doc, prev, p);
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Moves closing quotes/brackets that open the next piece but stand apart from its first word
   * ('Wait! | ” More.') to the end of the previous piece; returns the next piece's new start.
   */
  private static int handOverClosers(String doc, int[] prev, int[] next) {
    int i = next[0];
    while (i < next[1] && isCloser(doc.charAt(i))) {
      i++;
    }
    if (i == next[0] || i == next[1] || !TextChars.isSpace(doc.charAt(i))) {
      return next[0];
    }
    prev[1] = i;
    while (TextChars.isSpace(doc.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isCloser(char c) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.END_PUNCTUATION;
  }

  private static boolean shouldJoin(String doc, int[] prev, int[] next) {
    int first = firstContent(doc, next[0], next[1]);
    if (first < 0) {
      return true; // only punctuation: closing quotes, brackets
    }
    char f = doc.charAt(first);
    if (Character.isLowerCase(f)) {
      return true;
    }
    int end = prev[1];
    if (doc.charAt(end - 1) != '.') {
      return false;
    }
    int ws = end - 1;
    while (ws > prev[0] && (TextChars.isLetter(doc.charAt(ws - 1)) || doc.charAt(ws - 1) == '.')) {
      ws--;
    }
    if (ws == end - 1) {
      return false;
    }
    String word = doc.substring(ws, end - 1);
    boolean digitNext = TextChars.isDigit(f);
    if (word.equals("No") || word.equals("Nos")) {
      return digitNext;
    }
    if (Abbreviations.isTitle(word)) {
      return true;
    }
    boolean initials = isUpperCase(word);
    if (word.length() == 1) {
      return initials && nameNext(doc, first, next[1]); // "George W. | Bush", not "Vitamin D. | They"
    }
    if (clock(word) && timeContinues(doc, first, next[1])) {
      return true; // "10 a.m. | Monday", "9:15 a.m. | ET"
    }
    if (word.indexOf('.') > 0 || Abbreviations.isAmbiguous(word)) {
      // "the U.S. | Senate" continues; "the U.S. | The" and "5 p.m. | Police" start anew
      return digitNext || (initials && word.indexOf('.') > 0 && nameNext(doc, first, next[1]));
    }
    return false;
  }

  private static boolean clock(String word) {
    return word.equalsIgnoreCase("a.m") || word.equalsIgnoreCase("p.m");
  }

  /** A weekday, month or time-zone code: after "a.m."/"p.m." it belongs to the same time. */
  private static boolean timeContinues(String doc, int from, int to) {
    int e = from;
    while (e < to && TextChars.isLetter(doc.charAt(e))) {
      e++;
    }
    String text = doc.substring(from, e);
    Token word = new Token(from, e, text, text.toLowerCase(Locale.ROOT), TokenKind.WORD);
    return TIME_ZONES.contains(text) || CalendarWords.isWeekday(word) || CalendarWords.isMonth(word);
  }

  private static boolean isUpperCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the word at {@code from} is capitalized and not a function word ("Senate", not "The"). */
  private static boolean nameNext(String doc, int from, int to) {
    int e = from;
    while (e < to && TextChars.isLetter(doc.charAt(e))) {
      e++;
    }
    return e > from && Character.isUpperCase(doc.charAt(from))
        && !FunctionWords.contains(doc.substring(from, e).toLowerCase(Locale.ROOT));
  }

  /** Index of the first letter or digit in {@code [from, to)}, or -1. */
  private static int firstContent(String doc, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = doc.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isHighSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
