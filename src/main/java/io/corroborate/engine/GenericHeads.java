package io.corroborate.engine;

import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.PeopleNouns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * "People" is the generic word for any group of people: one outlet's "a full house of 1,500 people" is
 * another's "1,500 fans were at the Lumen hall". A claim whose noun key slot says only "people" joins the key
 * of its kind that names those people by what they are ({@link PeopleNouns#unarmed}), agrees with it on every
 * other slot it fills (and may fill more, as a placeless claim joins its place), and names the same figure, agreeing,
 * and none too far from it, when exactly one key does; else it keeps its key. Only for
 * kinds whose far-apart figures are separate facts, and for {@link KeyResolution#distinctive} figures: two
 * stories giving 1,500 are likely telling one fact, two giving four are not. A claim that has already joined
 * a fuller key of its own noun keeps it.
 */
final class GenericHeads {
  private GenericHeads() {}

  /**
   * @param claims the claims with their keys settled so far
   * @param written the same claims with the keys they were extracted with, to tell which have joined another
   */
  static Map<Integer, ExtractedClaim> join(Map<Integer, ExtractedClaim> claims, Map<Integer, ExtractedClaim> written,
      BatchTime batch) {
    Map<Integer, ExtractedClaim> out = null;
    Map<Integer, ClaimFact> facts = new HashMap<>();
    NamedPeople named = null;
    for (ExtractedClaim c : claims.values()) {
      Slot slot = genericSlot(c);
      if (slot == null || !c.claim().key().equals(written.get(c.id()).claim().key())) {
        continue;
      }
      named = named != null ? named : new NamedPeople(claims.values());
      String key = onlyFittingKey(c, named.candidates(c, slot), facts, batch);
      if (key != null) {
        out = out != null ? out : new LinkedHashMap<>(claims);
        out.put(c.id(), KeyResolution.withKey(c, key, c.canonical()));
      }
    }
    return out != null ? out : claims;
  }

  /** The noun key slot that says only "people", for a claim that may join another key; null otherwise. */
  private static Slot genericSlot(ExtractedClaim c) {
    if (!c.kind().agreement().separates() || !KeyResolution.distinctive(c) || DistinctFigures.vague(c)) {
      return null;
    }
    for (Slot slot : c.kind().keySlots()) {
      Object value = c.slots().get(slot.name());
      if (slot.type().base() == SlotType.Base.NOUN && value != null && PeopleNouns.generic(value.toString())) {
        return slot;
      }
    }
    return null;
  }

  /**
   * The batch's claims that name people by what they are, by kind, slot and the figure they name: a generic claim
   * looks up only the keys that name its own figure, once, instead of reading the whole batch per claim.
   */
  private static final class NamedPeople {
    /** By kind and slot: the claims of each figure, and the claims of each key. */
    private final Map<String, Map<Double, List<ExtractedClaim>>> byFigure = new HashMap<>();
    private final Map<String, Map<String, List<ExtractedClaim>>> byKey = new HashMap<>();

    NamedPeople(java.util.Collection<ExtractedClaim> claims) {
      for (ExtractedClaim o : claims) {
        if (!DistinctFigures.figured(o)) {
          continue;
        }
        for (Slot slot : o.kind().keySlots()) {
          Object noun = o.slots().get(slot.name());
          if (slot.type().base() == SlotType.Base.NOUN && noun != null && PeopleNouns.unarmed(noun.toString())) {
            String kindSlot = o.kind().key() + '\u0000' + slot.name();
            byFigure.computeIfAbsent(kindSlot, k -> new HashMap<>())
                .computeIfAbsent(o.quantity().point(), f -> new ArrayList<>()).add(o);
            byKey.computeIfAbsent(kindSlot, k -> new HashMap<>())
                .computeIfAbsent(o.claim().key(), k -> new ArrayList<>()).add(o);
          }
        }
      }
    }

    /**
     * The keys that name the claim's people by what they are, hold its other slots and name its figure, each
     * with all its claims that hold those slots (the fit weighs them all).
     */
    Map<String, List<ExtractedClaim>> candidates(ExtractedClaim c, Slot generic) {
      String kindSlot = c.kind().key() + '\u0000' + generic.name();
      Map<String, List<ExtractedClaim>> keys = new TreeMap<>();
      for (ExtractedClaim o : byFigure.getOrDefault(kindSlot, Map.of()).getOrDefault(c.quantity().point(), List.of())) {
        if (!keys.containsKey(o.claim().key()) && holdsOtherSlots(o, c, generic)) {
          keys.put(o.claim().key(), byKey.get(kindSlot).get(o.claim().key()).stream()
              .filter(k -> holdsOtherSlots(k, c, generic)).toList());
        }
      }
      return keys;
    }
  }

  private static boolean holdsOtherSlots(ExtractedClaim fuller, ExtractedClaim c, Slot generic) {
    for (Slot slot : c.kind().keySlots()) {
      Object mine = c.slots().get(slot.name());
      if (slot != generic && mine != null && !Objects.toString(fuller.slots().get(slot.name()))
          .equalsIgnoreCase(mine.toString())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The one key that reports the figure the claim names, agreeing with it, and none too far from it; null for
   * none or several. The same figure, not an overlap of hedges: "more than 60 people injured" may well be more
   * than the "at least 70 protesters" of another riot.
   */
  private static String onlyFittingKey(ExtractedClaim c, Map<String, List<ExtractedClaim>> keys,
      Map<Integer, ClaimFact> facts, BatchTime batch) {
    String found = null;
    for (Map.Entry<String, List<ExtractedClaim>> key : keys.entrySet()) {
      KeyResolution.Fit fit = KeyResolution.Fit.of(c, key.getValue(), facts, batch);
      if (fit.near() && fit.anyAgree() && namesFigure(key.getValue(), c.quantity().point())) {
        if (found != null) {
          return null;
        }
        found = key.getKey();
      }
    }
    return found;
  }

  private static boolean namesFigure(List<ExtractedClaim> key, double figure) {
    return key.stream().anyMatch(o -> DistinctFigures.figured(o) && o.quantity().point() == figure);
  }
}
