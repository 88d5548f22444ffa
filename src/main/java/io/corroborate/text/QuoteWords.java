package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quotations as sequences of words: the same quote reported by two outlets is the same words up to
 * punctuation, case, the style of quote marks and apostrophes, British or American spelling, and the
 * words an editor put in brackets ({@link #compared}).
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

  /** Stands, in a compared form, for one editor's bracketed insertion: no word contains a bracket. */
  static final String EDITORIAL = "[\u2026]";
  /** How many of the speaker's words one editor's bracket may stand for ("[he]" for "the president said"). */
  static final int MAX_STAND_IN = 4;

  /** One word of a quote: as the outlet wrote it (lower case) and as quotes are compared. */
  record QuoteWord(String shown, String compared) {
    boolean editorial() {
      return compared.equals(EDITORIAL);
    }
  }

  /**
   * The words two quotes are compared by: British spellings made American ("organised" → "organized", see
   * {@code SpellingVariants}) and each editor's bracketed insertion ("(of France)", "[he]") one
   * mark, "[…]". For comparing only; reports show each outlet's own words.
   */
  public static String compared(String quote) {
    StringBuilder out = new StringBuilder();
    for (QuoteWord w : quoteWords(quote)) {
      out.append(out.length() == 0 ? "" : " ").append(w.compared());
    }
    return out.toString();
  }

  /**
   * The quote's words in order, an editor's insertion as one word with nothing shown. Editors clarify in
   * a few words: a bracket of more than {@value #MAX_STAND_IN} words, or brackets that hold more words
   * than the rest of the quote, are the speaker's words or a title ("Pride (In the Name of Love)"), and
   * are compared like the rest.
   */
  static List<QuoteWord> quoteWords(String quote) {
    List<EditorialBrackets.Piece> pieces = EditorialBrackets.pieces(quote);
    int inBrackets = 0;
    int outside = 0;
    for (EditorialBrackets.Piece piece : pieces) {
      int n = words(piece.text()).size();
      if (editorial(piece)) {
        inBrackets += n;
      } else {
        outside += n;
      }
    }
    boolean editors = inBrackets <= outside;
    List<QuoteWord> out = new ArrayList<>();
    for (EditorialBrackets.Piece piece : pieces) {
      if (editors && editorial(piece)) {
        out.add(new QuoteWord("", EDITORIAL));
      } else {
        for (String w : words(piece.text())) {
          out.add(new QuoteWord(w, SpellingVariants.american(w)));
        }
      }
    }
    return out;
  }

  private static boolean editorial(EditorialBrackets.Piece piece) {
    return piece.editorial() && words(piece.text()).size() <= MAX_STAND_IN;
  }

  /**
   * Whether {@code part}, a compared form, is a contiguous run of {@code whole}'s words. An editor's mark
   * on either side may stand for up to {@value #MAX_STAND_IN} words of the other, or for none; a part
   * with no word of its own is nobody's excerpt.
   */
  public static boolean excerptOf(String part, String whole) {
    if (!part.contains(EDITORIAL) && !whole.contains(EDITORIAL)) {
      return (" " + whole + " ").contains(" " + part + " ");
    }
    String[] p = split(part);
    String[] w = split(whole);
    if (java.util.Arrays.stream(p).allMatch(EDITORIAL::equals)) {
      return false;
    }
    boolean[][] fits = fitsFrom(p, w);
    for (int start = 0; start <= w.length; start++) {
      if (fits[0][start]) {
        return true;
      }
    }
    return false;
  }

  /** fits[i][j]: part's words from i on are whole's from j on, with editors' marks standing in. */
  private static boolean[][] fitsFrom(String[] p, String[] w) {
    boolean[][] fits = new boolean[p.length + 1][w.length + 1];
    java.util.Arrays.fill(fits[p.length], true);
    for (int i = p.length - 1; i >= 0; i--) {
      for (int j = w.length; j >= 0; j--) {
        boolean fit = false;
        if (p[i].equals(EDITORIAL)) {
          for (int k = 0; k <= MAX_STAND_IN && j + k <= w.length && !fit; k++) {
            fit = fits[i + 1][j + k];
          }
        } else if (j < w.length && w[j].equals(EDITORIAL)) {
          for (int k = 0; k <= MAX_STAND_IN && i + k <= p.length && !fit; k++) {
            fit = fits[i + k][j + 1];
          }
        } else {
          fit = j < w.length && p[i].equals(w[j]) && fits[i + 1][j + 1];
        }
        fits[i][j] = fit;
      }
    }
    return fits;
  }

  /**
   * How much of the shorter quote the longer one repeats in order (0..1): the longest common subsequence
   * of words over the shorter length, for compared forms, editors' marks left out. A changed word or two
   * keeps it high; another translation or another part of a speech does not.
   */
  public static double similarity(String a, String b) {
    String[] x = speakersWords(a);
    String[] y = speakersWords(b);
    int shorter = Math.min(x.length, y.length);
    return shorter == 0 ? 0 : (double) lcs(x, y)[0][0] / shorter;
  }

  private static String[] speakersWords(String compared) {
    return java.util.Arrays.stream(split(compared)).filter(w -> !w.equals(EDITORIAL)).toArray(String[]::new);
  }

  private static String[] split(String words) {
    return words.isEmpty() ? new String[0] : words.split(" ");
  }

  /** lcs[i][j]: the longest common subsequence of x from i and y from j; editors' marks match nothing. */
  static int[][] lcs(String[] x, String[] y) {
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = same(x[i], y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }

  static boolean same(String a, String b) {
    return a.equals(b) && !a.equals(EDITORIAL);
  }
}
