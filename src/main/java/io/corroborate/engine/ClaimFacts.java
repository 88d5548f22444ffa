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
 * one array of slot names, made here once per kind.
 */
final class ClaimFacts {
  private final GeneratedRules rules;
  private final Map<ClaimKind, String[]> slotNames = new IdentityHashMap<>();

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
    if (extracted.slots().isEmpty()) {
      return;
    }
    String[] names = slotNames.computeIfAbsent(extracted.kind(), ClaimFacts::names);
    Object[] values = new Object[names.length];
    extracted.slots().forEach((name, value) -> {
      Slot declared = extracted.kind().slot(name).orElseThrow();
      values[indexOf(names, name)] = !declared.type().numeric() || !(value instanceof Number n) ? String.valueOf(value)
          : value instanceof Double d ? d : (Object) n.doubleValue();
    });
    fact.setSlots(names, values);
  }

  private static String[] names(ClaimKind kind) {
    String[] names = new String[kind.keySlots().size() + 1];
    names[0] = kind.valueSlot().name();
    for (int i = 0; i < kind.keySlots().size(); i++) {
      names[i + 1] = kind.keySlots().get(i).name();
    }
    return names;
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no slot `" + name + "`");
  }
}
