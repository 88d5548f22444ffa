package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quotations as sequences of words: the same quote reported by two outlets is the same words up to
 * punctuation, case and the style of quote marks and apostrophes.
 */
public final class QuoteWords {
  private QuoteWords() {}

  /** Lower-case words without punctuation: "Yes, there are losses. This is a fact" → "yes there are losses this is a fact". */
  public static String normalize(String quote) {
    return String.join(" ", words(quote));
  }

  /**
   * The quote's words: runs of letters, digits and apostrophes, lower-cased, with the apostrophes at their
   * ends dropped ("'tis" and "soldiers'" → "tis", "soldiers"). One pass over the text, no regular expressions.
   */
  public static List<String> words(String quote) {
    String plain = quote.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < plain.length()) {
      int start = i;
      while (i < plain.length() && wordChar(plain.codePointAt(i))) {
        i += Character.charCount(plain.codePointAt(i));
      }
      int from = start;
      int to = i;
      while (from < to && plain.charAt(from) == '\'') {
        from++;
      }
      while (to > from && plain.charAt(to - 1) == '\'') {
        to--;
      }
      if (from < to) {
        out.add(plain.substring(from, to));
      }
      if (i == start) {
        i += Character.charCount(plain.codePointAt(i)); // a separator
      }
    }
    return out;
  }

  /** A letter ({@code \\p{L}}), a number ({@code \\p{N}}) or an apostrophe. */
  private static boolean wordChar(int codePoint) {
    if (codePoint == '\'') {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether {@code part}'s words appear, in order and contiguous, inside {@code whole}'s. */
  public static boolean excerptOf(String part, String whole) {
    return (" " + whole + " ").contains(" " + part + " ");
  }

  /**
   * How much of the shorter quote the longer one repeats in order (0..1): the longest common subsequence
   * of words over the shorter length. A changed word or two keeps it high; another translation or another
   * part of a speech does not.
   */
  public static double similarity(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.split(" ");
    String[] y = b.isEmpty() ? new String[0] : b.split(" ");
    int shorter = Math.min(x.length, y.length);
    return shorter == 0 ? 0 : (double) lcs(x, y)[0][0] / shorter;
  }

  private static int[][] lcs(String[] x, String[] y) {
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }

  /**
   * The words where two normalized quotes differ, as "a … b" pairs: "losses this" vs "losses that" gives
   * one difference "this → that". Longest common subsequence over words; quotes are short.
   */
  public static List<String> differences(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.split(" ");
    String[] y = b.isEmpty() ? new String[0] : b.split(" ");
    int[][] lcs = lcs(x, y);
    List<String> out = new ArrayList<>();
    StringBuilder left = new StringBuilder();
    StringBuilder right = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        flush(out, left, right);
        i++;
        j++;
      } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        right.append(right.length() == 0 ? "" : " ").append(y[j++]);
      } else {
        left.append(left.length() == 0 ? "" : " ").append(x[i++]);
      }
    }
    flush(out, left, right);
    return out;
  }

  private static void flush(List<String> out, StringBuilder left, StringBuilder right) {
    if (left.length() > 0 || right.length() > 0) {
      out.add("\u201c" + left + "\u201d \u2192 \u201c" + right + "\u201d");
      left.setLength(0);
      right.setLength(0);
    }
  }
}
