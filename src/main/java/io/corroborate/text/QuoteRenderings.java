package io.corroborate.text;

/**
 * Whether two quotes of one speaker render one passage though the outlets worded it differently (each
 * translated the speech itself, or one joined two sentences): they share a distinctive run of words, and
 * either that run is long or the quotes, both of some length, share much of their words around it. A run
 * is distinctive when it holds content words, not only function words, so short stock phrases ("the
 * country", "we will") join nothing. Quotes are given in {@link QuoteWords#compared} form; an editor's mark breaks a run.
 */
public final class QuoteRenderings {
  /** A common run this long, with {@value #LONG_RUN_CONTENT_WORDS} content words, is one passage by itself. */
  static final int LONG_RUN = 6;
  /**
   * Content words a long run must hold to stand alone: a speaker's repeated opening ("it is an act of war that
   * was …", two content words) begins several sentences of one speech, and only the rest tells them apart.
   */
  static final int LONG_RUN_CONTENT_WORDS = 3;
  /** A shorter common run joins quotes that share this much of the shorter one's words, in order. */
  static final int SHORT_RUN = 3;
  static final double SHARED_WORDS = 0.5;
  /** Quotes shorter than this share a few words by chance ("I am proud of my team"): only a long run joins them. */
  static final int SHORT_RUN_MIN_WORDS = 10;
  /** Content words a run must hold to be distinctive. */
  static final int RUN_CONTENT_WORDS = 2;

  private QuoteRenderings() {}

  /** True when {@code a} and {@code b}, compared forms, render one passage (see the class comment). */
  public static boolean onePassage(String a, String b) {
    String[] x = split(a);
    String[] y = split(b);
    int run = longestDistinctiveRun(x, y, RUN_CONTENT_WORDS);
    if (run >= LONG_RUN && longestDistinctiveRun(x, y, LONG_RUN_CONTENT_WORDS) >= LONG_RUN) {
      return true;
    }
    boolean longEnough = Math.min(speakersWords(a), speakersWords(b)) >= SHORT_RUN_MIN_WORDS;
    return run >= SHORT_RUN && longEnough && QuoteWords.similarity(a, b) >= SHARED_WORDS;
  }

  /** The length of the longest run of words both quotes have that holds {@code contentWords}; 0 if none. */
  static int longestDistinctiveRun(String[] x, String[] y, int contentWords) {
    // common[i][j]: the common run ending at x[i-1], y[j-1], and how many content words it holds
    int[][] common = new int[x.length + 1][y.length + 1];
    int[][] content = new int[x.length + 1][y.length + 1];
    int best = 0;
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        if (QuoteWords.same(x[i - 1], y[j - 1])) {
          common[i][j] = common[i - 1][j - 1] + 1;
          content[i][j] = content[i - 1][j - 1] + (contentWord(x[i - 1]) ? 1 : 0);
          if (content[i][j] >= contentWords) {
            best = Math.max(best, common[i][j]);
          }
        }
      }
    }
    return best;
  }

  public static boolean contentWord(String word) {
    return !FunctionWords.contains(word) && word.length() > 1;
  }

  private static long speakersWords(String compared) {
    return java.util.Arrays.stream(split(compared)).filter(w -> !w.equals(QuoteWords.EDITORIAL)).count();
  }

  private static String[] split(String words) {
    return words.isEmpty() ? new String[0] : words.split(" ");
  }
}
