package io.corroborate.check;

import io.corroborate.lang.ast.ClaimDecl;
import java.util.List;
import java.util.Optional;

/** A checked claim kind with its resolved slots and agreement policy. */
public record ClaimKind(String key, ClaimDecl decl, List<Slot> keySlots, Slot valueSlot, Agreement agreement,
    boolean supersedes) {
  public ClaimKind {
    keySlots = List.copyOf(keySlots);
  }

  public ClaimKind(String key, ClaimDecl decl, List<Slot> keySlots, Slot valueSlot, Agreement agreement) {
    this(key, decl, keySlots, valueSlot, agreement, false);
  }

  /** The kind's name in reports and rules: its plain name, qualified only if another ruleset has it too. */
  public String name() {
    return key;
  }

  public Optional<Slot> slot(String name) {
    if (valueSlot.name().equals(name)) {
      return Optional.of(valueSlot);
    }
    return keySlots.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  ClaimKind withAgreement(Agreement policy) {
    return new ClaimKind(key, decl, keySlots, valueSlot, policy, supersedes);
  }

  ClaimKind superseding() {
    return new ClaimKind(key, decl, keySlots, valueSlot, agreement, true);
  }
}
