package io.corroborate.engine;

import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.QuoteWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settles claim keys before the session, where the key depends on the other claims of the batch:
 * <ul>
 *   <li>one person's name spelled several ways across outlets is one speaker ({@link SpeakerVariants});</li>
 *   <li>an optional key slot left empty joins the one fuller key that agrees on every filled slot ("11,000
 *       soldiers are in the region" joins "… in the Kursk region" when no other region is keyed); when
 *       several would fit, the one whose claims all agree with its value, and else it keeps its own key;</li>
 *   <li>quotations ({@code QUOTE} values) are keyed by their speaker and the passage they come from: quotes
 *       whose words the other repeats in order, but for a few, or that render one passage in other words
 *       (another translation of the same sentence), are one passage ({@link QuotePassages}); an excerpt
 *       of a passage's quote agrees with it, so a shorter quote is not a misquote;</li>
 *   <li>a figure of "people" joins the one key of its kind that names those people by what they are and
 *       agrees with it ({@link GenericHeads});</li>
 *   <li>figures of one key too far apart to be one fact become keys of their own ({@link DistinctFigures}).</li>
 * </ul>
 * Fuller keys are indexed by their projections on the slot sets that incomplete claims fill, so a claim
 * with an empty slot is compared only with the claims of its candidate keys: linear in the claims when
 * every slot is filled, and the incomplete claims times their candidates' sizes otherwise.
 */
final class KeyResolution {
  /** How much of the shorter quote the longer must repeat, in order, for both to be one passage. */
  static final double SAME_PASSAGE = 0.8;
  /** Marks a candidate that is one figure group of a fuller key; the claim joins the key itself. */
  private static final char GROUP = '\u0001';

  private KeyResolution() {}

  static Map<Integer, ExtractedClaim> resolve(Map<Integer, ExtractedClaim> claims) {
    return resolve(claims, BatchTime.UNKNOWN);
  }

  /**
   * @param batch the time the batch is about ({@link BatchYear}, {@link BatchMonth}); an unknown year (0) is
   *     the one its claims name most
   */
  static Map<Integer, ExtractedClaim> resolve(Map<Integer, ExtractedClaim> claims, BatchTime batch) {
    Map<Integer, ExtractedClaim> joined = SpeakerVariants.join(claims);
    BatchTime time = batch.year() != 0 ? batch
        : new BatchTime(DistinctFigures.batchYear(joined.values()), batch.month());
    Map<Integer, ExtractedClaim> unified = GenericHeads.join(unifyOptionalSlots(joined, time), joined, time);
    return quotePassages(DistinctFigures.separate(unified, time));
  }

  static Map<Integer, ExtractedClaim> unifyOptionalSlots(Map<Integer, ExtractedClaim> claims) {
    return unifyOptionalSlots(claims, new BatchTime(DistinctFigures.batchYear(claims.values()), 0));
  }

  static Map<Integer, ExtractedClaim> unifyOptionalSlots(Map<Integer, ExtractedClaim> claims, BatchTime batch) {
    // kind → (filled slots and their values) → fuller key → its claims
    Map<String, Map<String, Map<String, List<ExtractedClaim>>>> fuller = new HashMap<>();
    Map<String, Set<Set<String>>> wanted = new HashMap<>(); // kind → slot sets incomplete claims fill
    for (ExtractedClaim c : claims.values()) {
      if (missing(c)) {
        wanted.computeIfAbsent(c.kind().key(), k -> new java.util.HashSet<>()).add(filled(c));
      }
    }
    if (wanted.isEmpty()) {
      return claims;
    }
    for (ExtractedClaim c : claims.values()) {
      Set<String> mine = filled(c);
      for (Set<String> subset : wanted.getOrDefault(c.kind().key(), Set.of())) {
        if (mine.size() > subset.size() && mine.containsAll(subset)) {
          fuller.computeIfAbsent(c.kind().key(), k -> new HashMap<>())
              .computeIfAbsent(projection(c, subset), k -> new java.util.TreeMap<>())
              .computeIfAbsent(c.claim().key(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    Map<Integer, ExtractedClaim> out = new LinkedHashMap<>();
    Map<Integer, ClaimFact> facts = new HashMap<>(); // made once per claim, only for claims compared
    Map<Map<String, List<ExtractedClaim>>, Map<String, List<ExtractedClaim>>> byFigures =
        new java.util.IdentityHashMap<>(); // one split per candidate set
    for (ExtractedClaim c : claims.values()) {
      // a vague plural's span holds most figures of a key: agreeing with one says nothing, so it keeps its key
      Map<String, List<ExtractedClaim>> keys = missing(c) && !DistinctFigures.vague(c)
          ? fuller.getOrDefault(c.kind().key(), Map.of()).getOrDefault(projection(c, filled(c)), Map.of())
          : Map.of();
      if (c.kind().agreement().separates() && !keys.isEmpty() && distinctive(c)) {
        keys = byFigures.computeIfAbsent(keys, KeyResolution::figureGroups);
      }
      String key = fittingKey(c, keys, facts, batch);
      out.put(c.id(), key != null ? withKey(c, keyName(key), c.canonical()) : c);
    }
    return out;
  }

  /**
   * For kinds whose far-apart figures are separate facts, each fuller key's figure groups as candidates of
   * their own ({@link DistinctFigures#windows}): "23 arrests" joins the key where 23 people were arrested,
   * though the same key also holds the 5 and the 60 arrested of other raids, which the key will be split into.
   * Claims without a figure go with every group. Only for {@link #distinctive} figures, and a group is joined
   * only when one of its figures agrees with the claim's (17 dead is near a café's 14 and 15, but not theirs);
   * a key whose figures are all near each other stays one candidate.
   */
  private static Map<String, List<ExtractedClaim>> figureGroups(Map<String, List<ExtractedClaim>> keys) {
    Map<String, List<ExtractedClaim>> out = new java.util.TreeMap<>();
    for (Map.Entry<String, List<ExtractedClaim>> key : keys.entrySet()) {
      List<ExtractedClaim> figured = new ArrayList<>();
      List<ExtractedClaim> unfigured = new ArrayList<>();
      for (ExtractedClaim c : key.getValue()) {
        (DistinctFigures.figured(c) ? figured : unfigured).add(c);
      }
      // windows, not chains: before claims join their sites, the key holds every site's figures, and a chain
      // would run from a concert hall's 80 dead through "more than 100" to the city's 129
      List<List<ExtractedClaim>> groups = figured.isEmpty() ? List.of()
          : DistinctFigures.windows(figured, figured.get(0).kind().agreement());
      if (groups.size() <= 1) {
        out.put(key.getKey(), key.getValue());
        continue;
      }
      for (int i = 0; i < groups.size(); i++) {
        List<ExtractedClaim> group = new ArrayList<>(groups.get(i));
        group.addAll(unfigured);
        out.put(key.getKey() + GROUP + i, group);
      }
    }
    return out;
  }

  /** A figure large enough that two stories giving it are likely telling one fact ({@link DistinctFigures#LARGE_FIGURE}). */
  static boolean distinctive(ExtractedClaim c) {
    return DistinctFigures.figured(c) && c.quantity().point() >= DistinctFigures.LARGE_FIGURE;
  }

  private static String keyName(String candidate) {
    int group = candidate.indexOf(GROUP);
    return group < 0 ? candidate : candidate.substring(0, group);
  }

  /**
   * The one fuller key a claim with empty optional slots joins: the only candidate, or else the only one
   * whose claims all agree with its value ("89 were killed" joins "89 were killed at the concert hall", not
   * the café's 19); null when none or several fit.
   */
  private static String fittingKey(ExtractedClaim c, Map<String, List<ExtractedClaim>> candidates,
      Map<Integer, ClaimFact> facts, BatchTime batch) {
    if (c.kind().agreement().separates()) {
      return nearKey(c, candidates, facts, batch);
    }
    if (candidates.size() <= 1) {
      return candidates.isEmpty() ? null : candidates.keySet().iterator().next();
    }
    return onlyKey(candidates, key -> key.stream().allMatch(o -> agree(c, o, facts)));
  }

  /**
   * For kinds whose far-apart figures are separate facts: the one key with no figure distinct from the
   * claim's ("129 were killed" joins the Paris toll of 127 to 132, not the 89 of the concert hall) that
   * reports an agreeing figure or is reported by several sources (one outlet's 7 dead in one town does not
   * make another outlet's 9 dead a figure for that town); among several, the one whose claims all agree.
   */
  private static String nearKey(ExtractedClaim c, Map<String, List<ExtractedClaim>> candidates,
      Map<Integer, ClaimFact> facts, BatchTime batch) {
    List<String> near = new ArrayList<>();
    List<String> reporting = new ArrayList<>();
    List<String> agreeing = new ArrayList<>();
    for (Map.Entry<String, List<ExtractedClaim>> key : candidates.entrySet()) {
      Fit fit = Fit.of(c, key.getValue(), facts, batch);
      boolean group = key.getKey().indexOf(GROUP) >= 0; // a figure near one group of a key is not enough
      if (fit.near && (fit.anyAgree || (fit.sources > 1 && !group))) {
        near.add(key.getKey());
        if (fit.anyAgree) {
          reporting.add(key.getKey());
        }
        if (fit.allAgree) {
          agreeing.add(key.getKey());
        }
      }
    }
    near = fullest(near, candidates);
    reporting.retainAll(near);
    agreeing.retainAll(near);
    if (near.stream().map(KeyResolution::keyName).distinct().count() == 1) {
      return near.get(0); // near several figure groups of one key: the key itself
    }
    if (near.size() <= 1) {
      return near.isEmpty() ? null : near.get(0);
    }
    if (reporting.size() == 1) {
      return reporting.get(0);
    }
    return agreeing.size() == 1 ? agreeing.get(0) : null;
  }

  /**
   * The candidates that no other candidate contains: "at the concert hall, where 89 were killed" (no
   * {@code who}) and "89 people were killed at the concert hall" are one site's toll, not two keys to
   * choose between, so a claim that fits both joins the fuller one.
   */
  private static List<String> fullest(List<String> keys, Map<String, List<ExtractedClaim>> candidates) {
    if (keys.size() <= 1) {
      return keys;
    }
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      Map<String, Object> slots = candidates.get(key).get(0).slots();
      boolean contained = false;
      for (String other : keys) {
        contained |= !other.equals(key) && contains(candidates.get(other).get(0), slots);
      }
      if (!contained) {
        out.add(key);
      }
    }
    return out;
  }

  /** True when the claim fills every key slot of {@code slots} with the same value, and more. */
  private static boolean contains(ExtractedClaim fuller, Map<String, Object> slots) {
    int filled = 0;
    for (Slot slot : fuller.kind().keySlots()) {
      Object mine = slots.get(slot.name());
      Object theirs = fuller.slots().get(slot.name());
      if (mine != null && (theirs == null
          || !String.valueOf(mine).equalsIgnoreCase(String.valueOf(theirs)))) {
        return false;
      }
      filled += theirs != null ? 1 : 0;
      filled -= mine != null ? 1 : 0;
    }
    return filled > 0;
  }

  /**
   * How a claim fits a candidate key, from one pass over the key's claims of the claim's own time ({@link
   * DistinctFigures#era}): figures of another year or month are other facts, which the key will be split into,
   * so they neither bring the claim near the key nor keep it away; a key with none of its time is not near.
   */
  record Fit(boolean near, boolean anyAgree, boolean allAgree, long sources) {
    private static final Fit FAR = new Fit(false, false, false, 0);

    static Fit of(ExtractedClaim c, List<ExtractedClaim> key, Map<Integer, ClaimFact> facts, BatchTime batch) {
      boolean any = false;
      boolean all = true;
      Set<String> sources = new java.util.HashSet<>();
      int era = DistinctFigures.era(c, batch);
      for (ExtractedClaim o : key) {
        if (era != DistinctFigures.era(o, batch)) {
          continue;
        }
        if (DistinctFigures.distinct(c, o)) {
          return FAR;
        }
        boolean agrees = agree(c, o, facts);
        any |= agrees;
        all &= agrees;
        sources.add(o.claim().source());
      }
      return sources.isEmpty() ? FAR : new Fit(true, any, all, sources.size());
    }
  }

  private static String onlyKey(Map<String, List<ExtractedClaim>> candidates,
      java.util.function.Predicate<List<ExtractedClaim>> fits) {
    String found = null;
    for (Map.Entry<String, List<ExtractedClaim>> key : candidates.entrySet()) {
      if (fits.test(key.getValue())) {
        if (found != null) {
          return null;
        }
        found = key.getKey();
      }
    }
    return found;
  }

  static boolean agree(ExtractedClaim a, ExtractedClaim b, Map<Integer, ClaimFact> facts) {
    return AgreementMath.agree(facts.computeIfAbsent(a.id(), id -> ClaimFacts.comparable(a)),
        facts.computeIfAbsent(b.id(), id -> ClaimFacts.comparable(b)), a.kind().agreement());
  }

  private static boolean missing(ExtractedClaim c) {
    for (Slot slot : c.kind().keySlots()) {
      if (slot.optional() && !c.slots().containsKey(slot.name())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> filled(ExtractedClaim c) {
    Set<String> names = new TreeSet<>();
    for (Slot slot : c.kind().keySlots()) {
      if (c.slots().containsKey(slot.name())) {
        names.add(slot.name());
      }
    }
    return names;
  }

  private static String projection(ExtractedClaim c, Set<String> slots) {
    StringBuilder out = new StringBuilder();
    for (String slot : slots) {
      out.append(slot).append('=').append(String.valueOf(c.slots().get(slot)).toLowerCase(Locale.ROOT)).append('\u0000');
    }
    return out.toString();
  }

  static Map<Integer, ExtractedClaim> quotePassages(Map<Integer, ExtractedClaim> claims) {
    Map<String, List<ExtractedClaim>> bySpeaker = new LinkedHashMap<>();
    for (ExtractedClaim c : claims.values()) {
      if (quote(c.kind())) {
        String speaker = c.claim().speaker() == null ? "" : c.claim().speaker().toLowerCase(Locale.ROOT);
        bySpeaker.computeIfAbsent(c.kind().key() + '\u0000' + c.claim().key() + '\u0000' + speaker,
            k -> new ArrayList<>()).add(c);
      }
    }
    if (bySpeaker.isEmpty()) {
      return claims;
    }
    UnattributedQuotes.adopt(bySpeaker);
    Map<Integer, ExtractedClaim> out = new LinkedHashMap<>(claims);
    for (List<ExtractedClaim> group : bySpeaker.values()) {
      for (ExtractedClaim c : QuotePassages.of(group)) {
        out.put(c.id(), c);
      }
    }
    return out;
  }

  private static boolean quote(ClaimKind kind) {
    return kind.valueSlot().type().base() == SlotType.Base.QUOTE;
  }

  static ExtractedClaim withKey(ExtractedClaim c, String key, String canonical) {
    return new ExtractedClaim(c.id(), c.kind(), c.slots(), c.quantity(), canonical, c.claim().withKey(key),
        c.statedYear(), c.statedMonth(), c.statedWeekday());
  }
}
