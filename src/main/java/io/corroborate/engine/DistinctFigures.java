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
 * differ by a few percent, not by a factor.
 * <ol>
 *   <li>Figures whose sentence names another year than the batch's ({@link BatchYear}; without documents,
 *       the year the claims' sentences name most) are background, set apart: "in 2012" in a story of 2015
 *       is keyed "year=2012". So are figures whose sentence names another month than the batch's ({@link
 *       BatchMonth}), in the batch's year or with no year written: "in January" in stories of a November
 *       attack is keyed "month=January".</li>
 *   <li>Then the key's figures are sorted and cut into groups, each from its smallest figure up to N% above
 *       it; when there are several groups, each becomes a key of its own, named by its range
 *       ("figures=82-90"), and is judged on its own. A key with one group is left as it is, and so is a key
 *       of a {@code supersede} kind whose figures are as of several days: a toll that rises from day to day
 *       is one fact updated, not several facts. A group of vague plurals alone ("dozens") is left out. A key that fills no slot but those with a default is cut at
 *       every figure: it says too little for two figures to be one fact.</li>
 * </ol>
 * Claims without a figure keep the key as written (every kind that separates has a numeric value).
 */
final class DistinctFigures {
  /**
   * The smallest figure that is an estimate rather than a tally: outlets revise it as a story develops, and two
   * stories giving it are likely telling one fact ("23 arrests" and "23 people arrested"), while four dead at
   * one café and four attackers dead are a coincidence of small numbers.
   */
  static final double LARGE_FIGURE = 10;

  private DistinctFigures() {}

  static Map<Integer, ExtractedClaim> separate(Map<Integer, ExtractedClaim> claims) {
    return separate(claims, BatchTime.UNKNOWN);
  }

  /** @param known the time the batch is about; an unknown year (0) is the year its claims' sentences name most */
  static Map<Integer, ExtractedClaim> separate(Map<Integer, ExtractedClaim> claims, BatchTime known) {
    BatchTime batch = known.year() != 0 ? known : new BatchTime(batchYear(claims.values()), known.month());
    Map<String, List<ExtractedClaim>> byKey = new LinkedHashMap<>();
    for (ExtractedClaim c : claims.values()) {
      if (c.kind().agreement().separates() && figured(c)) {
        byKey.computeIfAbsent(c.kind().key() + '\u0000' + c.claim().key(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<Integer, String> rekeyed = new HashMap<>();
    java.util.Set<Integer> dropped = new java.util.HashSet<>();
    for (List<ExtractedClaim> key : byKey.values()) {
      String name = key.get(0).claim().key();
      Map<Integer, List<ExtractedClaim>> eras = eras(key, batch);
      for (Map.Entry<Integer, List<ExtractedClaim>> era : eras.entrySet()) {
        String eraName = eras.size() > 1 && era.getKey() != 0 ? name + ", " + eraName(era.getKey()) : name;
        List<ExtractedClaim> members = era.getValue();
        List<List<ExtractedClaim>> groups = members.get(0).kind().supersedes() && severalDays(members)
            ? List.of(members) // 4 dead on Monday and 6 on Tuesday are a rising toll: an update, which supersede judges
            : members.stream().allMatch(DistinctFigures::bare) ? sameFigures(members)
            : groups(members, members.get(0).kind().agreement());
        for (List<ExtractedClaim> group : groups) {
          if (groups.size() > 1 && group.stream().allMatch(DistinctFigures::vague)) {
            group.forEach(c -> dropped.add(c.id()));
            continue;
          }
          String groupName = groups.size() > 1 ? eraName + ", figures=" + range(group) : eraName;
          if (!groupName.equals(name)) {
            group.forEach(c -> rekeyed.put(c.id(), groupName));
          }
        }
      }
    }
    if (rekeyed.isEmpty() && dropped.isEmpty()) {
      return claims;
    }
    Map<Integer, ExtractedClaim> out = new LinkedHashMap<>();
    for (ExtractedClaim c : claims.values()) {
      if (dropped.contains(c.id())) {
        continue;
      }
      String key = rekeyed.get(c.id());
      out.put(c.id(), key == null ? c : c.with(c.id(), c.claim().withKey(key)));
    }
    return out;
  }

  /**
   * A vague plural ("dozens killed") whose key holds several facts: its span covers most of them, so it cannot
   * say which one it is about, and alone it is no figure to check. Such a group is left out.
   */
  static boolean vague(ExtractedClaim c) {
    return c.quantity() != null && "some".equals(c.quantity().qualifier());
  }

  /**
   * The key's claims by the time their sentence ties them to, when that is not the batch's own time: "Merah
   * killed seven people in 2012" is background in a story of 2015, not a figure of it. 0 = the batch's time.
   */
  private static Map<Integer, List<ExtractedClaim>> eras(List<ExtractedClaim> key, BatchTime batch) {
    Map<Integer, List<ExtractedClaim>> eras = new java.util.TreeMap<>();
    for (ExtractedClaim c : key) {
      eras.computeIfAbsent(era(c, batch), y -> new ArrayList<>()).add(c);
    }
    return eras;
  }

  /**
   * The time a claim's sentence ties it to when that is not the batch's: another year (2012), or minus another
   * month (-1 for January) when the sentence writes no year or the batch's; 0 for the batch's own time, and
   * when the batch's month is unknown, for any month. An int, not an object: {@link KeyResolution} compares
   * eras for every pair of claims it weighs.
   */
  static int era(ExtractedClaim c, BatchTime batch) {
    if (c.statedYear() != 0 && c.statedYear() != batch.year()) {
      return c.statedYear();
    }
    boolean otherMonth = c.statedMonth() != 0 && batch.month() != 0 && c.statedMonth() != batch.month();
    return otherMonth ? -c.statedMonth() : 0;
  }

  /** "year=2012", "month=January": how a key of another time than the batch's is told apart. */
  private static String eraName(int era) {
    return era > 0 ? "year=" + era : "month=" + io.corroborate.text.WrittenMonth.name(-era);
  }

  /** The year the batch's sentences name most often (ties: the latest); 0 when none names one. */
  static int batchYear(java.util.Collection<ExtractedClaim> claims) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    for (ExtractedClaim c : claims) {
      if (c.statedYear() != 0) {
        counts.merge(c.statedYear(), 1, Integer::sum);
      }
    }
    int best = 0;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() >= bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * Every claim is dated, on two days or more: only then can supersede judge them (see Summaries#superseded);
   * a few dated claims among undated ones (a weekday placed in an undated batch) leave the key's figures apart.
   */
  private static boolean severalDays(List<ExtractedClaim> key) {
    return key.stream().allMatch(c -> c.claim().asOf() != null)
        && key.stream().map(c -> c.claim().asOf()).distinct().count() > 1;
  }

  /**
   * True when the claim fills no key slot but those with a default: "killing four." says neither who nor
   * where, so four dead at a shop and five at a restaurant are not one fact told two ways.
   */
  private static boolean bare(ExtractedClaim c) {
    for (io.corroborate.check.Slot slot : c.kind().keySlots()) {
      if (slot.defaultValue() == null && c.slots().containsKey(slot.name())) {
        return false;
      }
    }
    return true;
  }

  /** Groups of claims naming the same figure, in ascending order. */
  private static List<List<ExtractedClaim>> sameFigures(List<ExtractedClaim> claims) {
    Map<Double, List<ExtractedClaim>> byFigure = new java.util.TreeMap<>();
    for (ExtractedClaim c : claims) {
      byFigure.computeIfAbsent(c.quantity().point(), f -> new ArrayList<>()).add(c);
    }
    return new ArrayList<>(byFigure.values());
  }

  /**
   * The groups a key's figures are judged in, in ascending order. A group of small figures runs from its
   * smallest figure to N% above it (three people dead at one site and four at another are two facts), or, in a
   * key that names whom it counts, to {@link #SMALL_SPREAD} above it if that is further. From
   * {@link #LARGE_FIGURE} up, a group runs on while each figure is within N% of the one below it: a toll that
   * outlets revise through the day (180, 200, 300, 352, 400 injured) is one fact reported at several stages,
   * whose figures no single window holds, while the tolls of two sites (19 and 39 dead) still lie further
   * apart than a revision. Only for a key's own claims, after claims have joined their sites' keys.
   */
  static List<List<ExtractedClaim>> groups(List<ExtractedClaim> claims, Agreement agreement) {
    return grouped(claims, agreement, true, claims.stream().allMatch(DistinctFigures::namesWhom));
  }

  /**
   * How far apart two small figures of a key that names whom it counts ("brothers", "police") may be and still
   * be one fact: outlets firm up a small count as a story develops (three officers hurt, later five; two brothers
   * involved, or three), while a second fact of so specific a description is rare. Keys of "people" or of no
   * one hold the tolls of every site (three dead at one, five at another) and keep the N% window.
   */
  static final double SMALL_SPREAD = 2;

  /** The claim fills a noun slot with whom or what it counts, other than the generic "people". */
  private static boolean namesWhom(ExtractedClaim c) {
    for (io.corroborate.check.Slot slot : c.kind().keySlots()) {
      Object value = c.slots().get(slot.name());
      if (slot.type().base() == io.corroborate.check.SlotType.Base.NOUN && value != null
          && !io.corroborate.text.PeopleNouns.generic(value.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Groups that each run from their smallest figure to N% above it, large figures too. */
  static List<List<ExtractedClaim>> windows(List<ExtractedClaim> claims, Agreement agreement) {
    return grouped(claims, agreement, false, false);
  }

  private static List<List<ExtractedClaim>> grouped(List<ExtractedClaim> claims, Agreement agreement, boolean chain,
      boolean specific) {
    List<ExtractedClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparingDouble((ExtractedClaim c) -> c.quantity().point()).thenComparingInt(ExtractedClaim::id));
    List<List<ExtractedClaim>> groups = new ArrayList<>();
    double ceiling = Double.NEGATIVE_INFINITY;
    for (ExtractedClaim c : sorted) {
      double figure = c.quantity().point();
      if (groups.isEmpty() || figure > ceiling) {
        groups.add(new ArrayList<>());
        ceiling = figure * (1 + agreement.distinctBeyond());
        if (specific && figure >= 2 && figure < LARGE_FIGURE) { // one against three is not a count firmed up
          ceiling = Math.max(ceiling, figure + SMALL_SPREAD);
        }
      } else if (chain && figure >= LARGE_FIGURE) {
        ceiling = Math.max(ceiling, figure * (1 + agreement.distinctBeyond()));
      }
      groups.get(groups.size() - 1).add(c);
    }
    return groups;
  }

  /**
   * True when the two claims' figures are too far apart to be one fact: the larger of the figures the texts
   * name is more than N% above the smaller ("at least 89" names 89: a concert hall's toll, not the city's
   * 129). False when either claim has no figure.
   */
  static boolean distinct(ExtractedClaim a, ExtractedClaim b) {
    if (!figured(a) || !figured(b)) {
      return false;
    }
    double low = Math.min(a.quantity().point(), b.quantity().point());
    double high = Math.max(a.quantity().point(), b.quantity().point());
    return high > low * (1 + a.kind().agreement().distinctBeyond());
  }

  static boolean figured(ExtractedClaim c) {
    return c.quantity() != null && Double.isFinite(c.quantity().point());
  }

  private static String range(List<ExtractedClaim> group) {
    String low = Numbers.format(group.get(0).quantity().point());
    String high = Numbers.format(group.get(group.size() - 1).quantity().point());
    return low.equals(high) ? low : low + "-" + high;
  }
}
