package io.corroborate.text;

import java.util.Set;
import java.util.stream.Stream;

/**
 * Abbreviations whose final period belongs to the word, used by both the tokenizer (to keep the
 * period inside the token) and the sentence splitter (to undo false sentence breaks).
 *
 * <p>Two kinds: <em>titles</em> (and month/ordinal abbreviations) are practically never the last
 * word of a sentence, so a break after them is always undone; <em>ambiguous</em> ones ("U.S.",
 * "a.m.", "Inc.") often do end a sentence, so a break after them is undone only when the next
 * piece clearly continues the sentence.
 */
final class Abbreviations {
  private Abbreviations() {}

  /** Case-sensitive, without the period. */
  private static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Gen", "Maj", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Gov",
      "Sen", "Rep", "Reps", "Sens", "St", "Mt", "Ft", "Prof", "Rev", "Hon", "Pres",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "No", "Nos", "Vol", "Approx", "approx", "vs", "Fig", "fig");

  /** Case-sensitive, without the period; dotted forms (U.S, a.m) are recognized structurally. */
  private static final Set<String> AMBIGUOUS_WORDS = Set.of(
      "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "etc", "Bros", "Dept", "Univ");

  /** All entries bucketed by length, so the tokenizer can test a word without allocating. */
  private static final String[][] BY_LENGTH = new String[8][];

  static {
    for (int len = 0; len < BY_LENGTH.length; len++) {
      int l = len;
      BY_LENGTH[len] = Stream.concat(TITLES.stream(), AMBIGUOUS_WORDS.stream())
          .filter(w -> w.length() == l).toArray(String[]::new);
    }
  }

  /**
   * True when the word {@code doc[start, end)} (no period) is a listed abbreviation, so the
   * period right after it belongs to it.
   */
  static boolean isListed(String doc, int start, int end) {
    int len = end - start;
    if (len >= BY_LENGTH.length) {
      return false;
    }
    for (String w : BY_LENGTH[len]) {
      if (doc.regionMatches(start, w, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides whether the period at {@code doc[end]}, right after the word {@code doc[start, end)},
   * is part of that word: dotted initialisms, listed abbreviations ("No." only before a number, so
   * "said no." stays a sentence end), and a single capital initial followed by a capitalized word
   * ("George W. Bush").
   */
  static boolean periodBelongs(String doc, int start, int end, int limit) {
    if (isDotted(doc, start, end)) {
      return true;
    }
    int len = end - start;
    int next = end + 1;
    while (next < limit && TextChars.isSpace(doc.charAt(next))) {
      next++;
    }
    char after = next < limit ? doc.charAt(next) : ' ';
    if (len == 1) {
      return Character.isUpperCase(doc.charAt(start)) && next > end + 1 && Character.isUpperCase(after);
    }
    if (!isListed(doc, start, end)) {
      return false;
    }
    boolean number = doc.charAt(start) == 'N' && doc.charAt(start + 1) == 'o' && (len == 2 || len == 3);
    return !number || TextChars.isDigit(after);
  }

  /** True for a listed title/month abbreviation (no period): a break after it is always wrong. */
  static boolean isTitle(String word) {
    return TITLES.contains(word);
  }

  /** True for a listed company/suffix abbreviation (no period) that can end a sentence. */
  static boolean isAmbiguous(String word) {
    return AMBIGUOUS_WORDS.contains(word);
  }

  /**
   * True for a dotted word whose last segment is one or two letters ("U.S", "a.m", "Ph.D"), the
   * pattern of initialisms that take a final period.
   */
  static boolean isDotted(String doc, int start, int end) {
    int lastDot = -1;
    for (int i = end - 1; i > start; i--) {
      if (doc.charAt(i) == '.') {
        lastDot = i;
        break;
      }
    }
    int tail = end - lastDot - 1;
    return lastDot > start && tail >= 1 && tail <= 2;
  }
}
