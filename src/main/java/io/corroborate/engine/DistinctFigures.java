package io.corroborate.engine;

import io.corroborate.check.Agreement;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.extract.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For kinds agreed with {@code distinct beyond N%}: figures of one key that lie further apart than that are
 * separate facts, not a conflict. A cluster of news articles about one event reports the toll of each site,
 * of raids on other days, of past attacks, all as "people were killed"; two outlets' figures for one fact
 * differ by a few percent, not by a factor. The key's figures are sorted and cut into groups, each from its
 * smallest figure up to N% above it; when there are several groups, each becomes a key of its own, named by
 * its range ("figures=82-90"), and is judged on its own. A key with one group is left as it is, and so is a
 * key of a {@code supersede} kind whose figures are as of several days: a toll that rises from day to day is
 * one fact updated, not several facts.
 */
final class DistinctFigures {
  private DistinctFigures() {}

  static Map<Integer, ExtractedClaim> separate(Map<Integer, ExtractedClaim> claims) {
    Map<String, List<ExtractedClaim>> byKey = new LinkedHashMap<>();
    for (ExtractedClaim c : claims.values()) {
      if (c.kind().agreement().separates() && c.quantity() != null && Double.isFinite(c.quantity().point())) {
        byKey.computeIfAbsent(c.kind().key() + '\u0000' + c.claim().key(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<Integer, String> rekeyed = new HashMap<>();
    for (List<ExtractedClaim> key : byKey.values()) {
      if (key.get(0).kind().supersedes() && severalDays(key)) {
        continue; // 4 dead on Monday and 6 on Tuesday are a rising toll: an update, which supersede judges
      }
      List<List<ExtractedClaim>> groups = groups(key, key.get(0).kind().agreement());
      if (groups.size() > 1) {
        for (List<ExtractedClaim> group : groups) {
          String name = key.get(0).claim().key() + ", figures=" + range(group);
          group.forEach(c -> rekeyed.put(c.id(), name));
        }
      }
    }
    if (rekeyed.isEmpty()) {
      return claims;
    }
    Map<Integer, ExtractedClaim> out = new LinkedHashMap<>();
    for (ExtractedClaim c : claims.values()) {
      String key = rekeyed.get(c.id());
      out.put(c.id(), key == null ? c : new ExtractedClaim(c.id(), c.kind(), c.slots(), c.quantity(), c.canonical(),
          c.claim().withKey(key)));
    }
    return out;
  }

  private static boolean severalDays(List<ExtractedClaim> key) {
    return key.stream().map(c -> c.claim().asOf()).filter(java.util.Objects::nonNull).distinct().count() > 1;
  }

  /** Groups in ascending order of figure; a group runs from its smallest figure to N% above it. */
  static List<List<ExtractedClaim>> groups(List<ExtractedClaim> claims, Agreement agreement) {
    List<ExtractedClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparingDouble((ExtractedClaim c) -> c.quantity().point()).thenComparingInt(ExtractedClaim::id));
    List<List<ExtractedClaim>> groups = new ArrayList<>();
    double ceiling = Double.NEGATIVE_INFINITY;
    for (ExtractedClaim c : sorted) {
      double figure = c.quantity().point();
      if (groups.isEmpty() || figure > ceiling) {
        groups.add(new ArrayList<>());
        ceiling = figure * (1 + agreement.distinctBeyond());
      }
      groups.get(groups.size() - 1).add(c);
    }
    return groups;
  }

  /**
   * True when the two claims' figures are too far apart to be one fact: the lower interval's top, N% up, is
   * still below the other's bottom ("at least 89" is not distinct from 127; 89 is). False without figures.
   */
  static boolean distinct(ExtractedClaim a, ExtractedClaim b) {
    if (a.quantity() == null || b.quantity() == null) {
      return false;
    }
    double top = Math.min(a.quantity().high(), b.quantity().high());
    double bottom = Math.max(a.quantity().low(), b.quantity().low());
    return top * (1 + a.kind().agreement().distinctBeyond()) < bottom;
  }

  private static String range(List<ExtractedClaim> group) {
    String low = Numbers.format(group.get(0).quantity().point());
    String high = Numbers.format(group.get(group.size() - 1).quantity().point());
    return low.equals(high) ? low : low + "-" + high;
  }
}
