package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Two cuts of one long quote that overlap: one outlet quotes sentences A B C of a statement, another B C D.
 * Where one quote ends with the words the other begins with, both are excerpts of the joined passage
 * A B C D, so they agree. The overlap must be distinctive ({@link QuoteRenderings#LONG_RUN} words or more,
 * holding content words), so a stock phrase at both ends joins nothing; editors' marks are passed over
 * when matching and kept in the joined words.
 */
public final class QuoteOverlaps {
  private QuoteOverlaps() {}

  /**
   * The compared form of {@code a} and {@code b} (compared forms) joined over their overlap, the longest
   * one of either order; null when neither ends with the other's beginning.
   */
  public static String joined(String a, String b) {
    String ab = endToStart(a, b);
    return ab != null ? ab : endToStart(b, a);
  }

  /** {@code first} followed by {@code second}'s words after the longest run that ends one and begins the other. */
  private static String endToStart(String first, String second) {
    String[] f = split(first);
    String[] s = split(second);
    int[] fWords = speakersWords(f);
    int[] sWords = speakersWords(s);
    for (int k = Math.min(fWords.length, sWords.length); k >= QuoteRenderings.LONG_RUN; k--) {
      if (overlap(f, fWords, s, sWords, k)) {
        int rest = sWords[k - 1] + 1;
        return rest >= s.length ? first : first + " " + String.join(" ", java.util.Arrays.copyOfRange(s, rest, s.length));
      }
    }
    return null;
  }

  /** Whether the last {@code k} speaker's words of {@code f} are the first {@code k} of {@code s}, and distinctive. */
  private static boolean overlap(String[] f, int[] fWords, String[] s, int[] sWords, int k) {
    int offset = fWords.length - k;
    int content = 0;
    for (int i = 0; i < k; i++) {
      String w = f[fWords[offset + i]];
      if (!w.equals(s[sWords[i]])) {
        return false;
      }
      content += QuoteRenderings.contentWord(w) ? 1 : 0;
    }
    return content >= QuoteRenderings.LONG_RUN_CONTENT_WORDS; // as a long run needs to stand alone
  }

  /** Indices of the words that are the speaker's, editors' marks left out. */
  private static int[] speakersWords(String[] words) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (!words[i].equals(QuoteWords.EDITORIAL)) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String[] split(String words) {
    return words.isEmpty() ? new String[0] : words.split(" ");
  }
}
