package io.corroborate.engine;

import io.corroborate.Claim;
import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.compile.GeneratedRules;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.Quantity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

/**
 * Makes Drools facts from extracted claims. One instance per batch of facts: the claims of a kind share
 * one array of slot names, made here once per kind ({@link Layout}).
 */
final class ClaimFacts {
  private final GeneratedRules rules;
  private final Map<ClaimKind, Layout> layouts = new IdentityHashMap<>();

  ClaimFacts(GeneratedRules rules) {
    this.rules = rules;
  }

  /**
   * Fires the claim rules over every claim and returns the ids of the claims no finding suppressed. Without
   * custom rules a claim meets only claims of its own key, so claims go in key by key ({@link KeyBatches});
   * a custom rule may join any two claims, so then every claim goes in first, and the key facts that anchor
   * the per-key summaries follow ({@link KeyFacts#fireInBatches}).
   */
  static BitSet insertAndFire(KieSession session, GeneratedRules rules, Collection<ExtractedClaim> claims) {
    ClaimFacts facts = new ClaimFacts(rules);
    if (rules.customRules().isEmpty()) {
      return KeyBatches.fire(session, facts, claims);
    }
    List<ClaimFact> inserted = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      ClaimFact fact = facts.of(c);
      session.insert(fact);
      inserted.add(fact);
    }
    KeyFacts.fireInBatches(session, KeyFacts.of(inserted));
    BitSet kept = new BitSet();
    for (Object o : session.getObjects(o -> o instanceof ClaimFact)) {
      kept.set(((ClaimFact) o).getId());
    }
    return kept;
  }

  /** The claim as a session fact. */
  ClaimFact of(ExtractedClaim extracted) {
    ClaimFact fact = comparable(extracted);
    fact.setAgreement(rules.agreement(extracted.claim().kind()));
    setSlots(fact, extracted);
    return fact;
  }

  /** The claim's provenance and value without its slots: enough to compare values ({@link AgreementMath}). */
  static ClaimFact comparable(ExtractedClaim extracted) {
    ClaimFact fact = new ClaimFact();
    Claim c = extracted.claim();
    fact.setId(extracted.id());
    fact.setKind(c.kind());
    fact.setKey(c.key());
    fact.setSpeaker(c.speaker());
    fact.setSource(c.source());
    fact.setDocument(c.document());
    fact.setSentence(c.sentence());
    fact.setStart(c.start());
    fact.setEnd(c.end());
    fact.setText(c.text());
    fact.setCanonical(extracted.canonical());
    fact.setAsserted(c.asserted());
    if (c.asOf() != null) {
      fact.setAsOf(java.time.LocalDate.parse(c.asOf()).toEpochDay());
    }
    Quantity q = extracted.quantity();
    if (q != null) {
      fact.setPoint(q.point());
      fact.setLow(q.low());
      fact.setHigh(q.high());
      fact.setLowOpen(q.lowOpen());
      fact.setHighOpen(q.highOpen());
      fact.setUnit(q.unit());
    }
    return fact;
  }

  /** Numbers for numeric slots that hold one, text otherwise; slots the claim leaves empty stay null. */
  private void setSlots(ClaimFact fact, ExtractedClaim extracted) {
    Map<String, Object> slots = extracted.slots();
    if (slots.isEmpty()) {
      return;
    }
    Layout layout = layouts.computeIfAbsent(extracted.kind(), Layout::of);
    Object[] values = new Object[layout.names().length];
    int found = 0;
    for (int i = 0; i < values.length; i++) {
      Object value = slots.get(layout.names()[i]);
      if (value != null || slots.containsKey(layout.names()[i])) {
        values[i] = !layout.numeric()[i] || !(value instanceof Number n) ? String.valueOf(value)
            : value instanceof Double d ? d : (Object) n.doubleValue();
        found++;
      }
    }
    if (found != slots.size()) {
      String undeclared = slots.keySet().stream().filter(name -> !java.util.Arrays.asList(layout.names()).contains(name))
          .findFirst().orElse("?");
      throw new IllegalArgumentException("claim kind `" + extracted.kind().name() + "` has no slot `" + undeclared + "`");
    }
    fact.setSlots(layout.names(), values);
  }

  /**
   * A kind's slots in fact order (the value, then the key slots) and which of them hold numbers: looked up
   * once per kind, not per claim and slot (9% of inserting and firing a million claims, 10 to a key).
   */
  private record Layout(String[] names, boolean[] numeric) {
    static Layout of(ClaimKind kind) {
      List<Slot> slots = new ArrayList<>(kind.keySlots().size() + 1);
      slots.add(kind.valueSlot());
      slots.addAll(kind.keySlots());
      String[] names = new String[slots.size()];
      boolean[] numeric = new boolean[slots.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = slots.get(i).name();
        numeric[i] = slots.get(i).type().numeric();
      }
      return new Layout(names, numeric);
    }
  }
}
