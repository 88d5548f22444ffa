package io.corroborate.check;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known name for a misspelt one, from the symbol table. */
final class DidYouMean {
  private DidYouMean() {}

  /** A help line such as "did you mean `Troops`?", or null when nothing is close enough. */
  static String help(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    // one- and two-letter names are all close to each other: suggesting among them is noise
    int allowed = wrong.length() < 3 ? 0 : Math.max(1, Math.min(3, wrong.length() / 3));
    return best != null && bestDistance <= allowed ? "did you mean `" + best + "`?" : null;
  }

  /** Edit distance where swapping two neighbours counts once ("hihg" is one step from "high"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
