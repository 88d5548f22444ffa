package io.corroborate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a custom rule can read from a bound claim: provenance fields every claim has, plus the
 * claim kind's own slots.
 */
public final class ClaimFields {
  /** Provenance fields and their types. */
  public static final Map<String, SlotType> PROVENANCE = Map.of(
      "speaker", SlotType.of(SlotType.Base.SPEAKER),
      "source", SlotType.of(SlotType.Base.TEXT),
      "document", SlotType.of(SlotType.Base.TEXT),
      "text", SlotType.of(SlotType.Base.TEXT),
      "key", SlotType.of(SlotType.Base.TEXT),
      "sentence", SlotType.of(SlotType.Base.NUMBER));

  private ClaimFields() {}

  public static Optional<SlotType> type(ClaimKind kind, String field) {
    if (PROVENANCE.containsKey(field)) {
      return Optional.of(PROVENANCE.get(field));
    }
    return kind.slot(field).map(Slot::type);
  }

  static List<String> names(ClaimKind kind) {
    List<String> names = new ArrayList<>(PROVENANCE.keySet());
    kind.keySlots().forEach(s -> names.add(s.name()));
    names.add(kind.valueSlot().name());
    names.sort(null);
    return names;
  }
}
