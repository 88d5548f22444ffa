package io.corroborate.extract;

import io.corroborate.compile.match.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping matches in one sentence: the longest wins, then the higher
 * {@code priority}, then the pattern declared first. The kept matches never share a token.
 */
final class OverlapResolver {
  private static final Comparator<Match> PREFERENCE = Comparator.comparingInt(Match::length).reversed()
      .thenComparing(Comparator.comparingInt(Match::priority).reversed())
      .thenComparingInt(Match::pattern)
      .thenComparingInt(Match::start);

  private OverlapResolver() {}

  static List<Match> resolve(List<Match> matches) {
    if (matches.size() < 2) {
      return matches;
    }
    List<Match> ranked = new ArrayList<>(matches);
    ranked.sort(PREFERENCE);
    List<Match> kept = new ArrayList<>();
    for (Match m : ranked) {
      if (kept.stream().noneMatch(k -> m.start() < k.end() && k.start() < m.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept;
  }
}
