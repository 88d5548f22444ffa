package io.corroborate.text;

import io.corroborate.text.QuoteWords.QuoteWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two outlets' wordings of one quote differ, named in each outlet's own words. Words are matched
 * as {@link QuoteWords#compared} matches them (so "organised" and "organized" are no difference), and an
 * editor's bracketed insertion is never a difference: not when it is simply added ("by (France's)
 * enemies" vs "by enemies") and not when it stands for a few (up to four) of the
 * speaker's words ("[he] said" vs "the president said").
 */
public final class QuoteDifferences {
  private QuoteDifferences() {}

  /**
   * The differing stretches as "a → b" pairs, quotes as written: "losses. This" vs "losses, that" gives one
   * difference "this → that". Longest common subsequence over words; quotes are short.
   */
  public static List<String> of(String a, String b) {
    List<QuoteWord> x = QuoteWords.quoteWords(a);
    List<QuoteWord> y = QuoteWords.quoteWords(b);
    int[][] lcs = QuoteWords.lcs(compared(x), compared(y));
    List<String> out = new ArrayList<>();
    List<QuoteWord> left = new ArrayList<>();
    List<QuoteWord> right = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && QuoteWords.same(x.get(i).compared(), y.get(j).compared())) {
        flush(out, left, right);
        i++;
        j++;
      } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        right.add(y.get(j++));
      } else {
        left.add(x.get(i++));
      }
    }
    flush(out, left, right);
    return out;
  }

  private static String[] compared(List<QuoteWord> words) {
    return words.stream().map(QuoteWord::compared).toArray(String[]::new);
  }

  private static void flush(List<String> out, List<QuoteWord> left, List<QuoteWord> right) {
    if (!standsIn(left, right) && !standsIn(right, left)) {
      String shownLeft = shown(left);
      String shownRight = shown(right);
      if (!shownLeft.isEmpty() || !shownRight.isEmpty()) {
        out.add("\u201c" + shownLeft + "\u201d \u2192 \u201c" + shownRight + "\u201d");
      }
    }
    left.clear();
    right.clear();
  }

  /** Whether one side is only editors' insertions, standing for the few words, or none, of the other. */
  private static boolean standsIn(List<QuoteWord> insertions, List<QuoteWord> words) {
    return !insertions.isEmpty() && insertions.stream().allMatch(QuoteWord::editorial)
        && words.size() <= QuoteWords.MAX_STAND_IN;
  }

  /** The outlet's words, its editor's insertions left out. */
  private static String shown(List<QuoteWord> words) {
    StringBuilder out = new StringBuilder();
    for (QuoteWord w : words) {
      if (!w.editorial()) {
        out.append(out.length() == 0 ? "" : " ").append(w.shown());
      }
    }
    return out.toString();
  }
}
