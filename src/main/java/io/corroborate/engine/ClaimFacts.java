package io.corroborate.engine;

import io.corroborate.Claim;
import io.corroborate.check.Slot;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.Quantity;
import java.util.Map;

/** Makes Drools facts from extracted claims. */
final class ClaimFacts {
  private ClaimFacts() {}

  static ClaimFact of(ExtractedClaim extracted) {
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
    for (Map.Entry<String, Object> slot : extracted.slots().entrySet()) {
      Slot declared = extracted.kind().slot(slot.getKey()).orElseThrow();
      if (declared.type().numeric() && slot.getValue() instanceof Number n) {
        fact.putNumber(slot.getKey(), n.doubleValue());
      } else {
        fact.putText(slot.getKey(), String.valueOf(slot.getValue()));
      }
    }
    return fact;
  }
}
