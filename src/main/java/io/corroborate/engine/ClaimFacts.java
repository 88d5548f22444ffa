package io.corroborate.engine;

import io.corroborate.Claim;
import io.corroborate.check.Slot;
import io.corroborate.compile.DrlText;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.Quantity;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/** Makes Drools facts of the declared claim types from extracted claims. */
final class ClaimFacts {
  private static final String PACKAGE = "io.corroborate.generated";

  private final KieBase base;
  private final Map<String, FactType> types = new HashMap<>();

  ClaimFacts(KieBase base) {
    this.base = base;
  }

  ClaimFact of(ExtractedClaim extracted) {
    FactType type = types.computeIfAbsent(extracted.kind().name(),
        kind -> base.getFactType(PACKAGE, DrlText.factType(kind)));
    ClaimFact fact;
    try {
      fact = (ClaimFact) type.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a fact of " + type.getName(), e);
    }
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
    Quantity q = extracted.quantity();
    if (q != null) {
      fact.setPoint(q.point());
      fact.setLow(q.low());
      fact.setHigh(q.high());
      fact.setLowOpen(q.lowOpen());
      fact.setHighOpen(q.highOpen());
      fact.setUnit(q.unit());
    }
    setSlots(type, fact, extracted);
    return fact;
  }

  private static void setSlots(FactType type, ClaimFact fact, ExtractedClaim extracted) {
    for (Map.Entry<String, Object> slot : extracted.slots().entrySet()) {
      Slot declared = extracted.kind().slot(slot.getKey()).orElseThrow();
      Object value = slot.getValue();
      Object field = declared.type().numeric()
          ? (value instanceof Number n ? n.doubleValue() : 0.0)
          : String.valueOf(value);
      type.set(fact, DrlText.slotField(slot.getKey()), field);
    }
  }
}
