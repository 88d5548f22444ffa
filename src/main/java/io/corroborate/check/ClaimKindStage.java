package io.corroborate.check;

import io.corroborate.lang.ast.ClaimDecl;
import io.corroborate.lang.ast.SlotDecl;
import io.corroborate.source.ErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves slot types of every claim kind; a numeric value agrees by interval overlap by default. */
final class ClaimKindStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    for (var entry : ctx.claimDecls.entrySet()) {
      ClaimDecl decl = entry.getValue();
      Set<String> names = new HashSet<>();
      List<Slot> keys = new ArrayList<>();
      boolean ok = true;
      for (SlotDecl slotDecl : decl.keySlots()) {
        Slot slot = slot(ctx, slotDecl, names);
        ok &= slot != null;
        if (slot != null) {
          keys.add(slot);
        }
      }
      Slot value = slot(ctx, decl.valueSlot(), names);
      if (value != null && value.optional()) {
        ctx.error(ErrorCode.C004, decl.valueSlot().span(), "the value slot `" + value.name() + "` cannot be optional",
            "a claim without a value says nothing; remove the `?`");
      }
      if (decl.patterns().isEmpty()) {
        ctx.warning(ErrorCode.W102, decl.name().span(), "claim kind `" + decl.name().text() + "` has no pattern",
            "add `pattern ...` lines, or claims of this kind can only come from structured input");
      }
      if (ok && value != null) {
        Agreement agreement = value.type().interval() ? Agreement.overlap(0) : Agreement.EQUALITY;
        ctx.kinds.put(entry.getKey(), new ClaimKind(entry.getKey(), decl, keys, value, agreement));
      }
    }
  }

  private static Slot slot(CheckContext ctx, SlotDecl decl, Set<String> names) {
    if (ClaimFields.PROVENANCE.containsKey(decl.name().text())) {
      ctx.error(ErrorCode.C002, decl.name().span(), "slot `" + decl.name().text()
          + "` clashes with the field every claim has", "rename the slot; `" + decl.name().text()
          + "` is already recorded for each claim");
      return null;
    }
    if (!names.add(decl.name().text())) {
      ctx.error(ErrorCode.C002, decl.name().span(), "slot `" + decl.name().text() + "` is declared twice", null);
      return null;
    }
    SlotType type = TypeResolver.resolve(ctx, decl.type());
    if (type == null) {
      return null;
    }
    Object defaultValue = null;
    if (decl.defaultValue() != null) {
      defaultValue = defaultValue(ctx, decl, type);
    }
    return new Slot(decl.name().text(), type, decl.optional() || decl.defaultValue() != null, defaultValue);
  }

  private static Object defaultValue(CheckContext ctx, SlotDecl decl, SlotType type) {
    String text = decl.defaultValue().text();
    if (!type.numeric()) {
      return text;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      ctx.error(ErrorCode.C005, decl.defaultValue().span(), "slot `" + decl.name().text() + "` is "
          + type.display() + " but its default `" + text + "` is not a number", "write a number, e.g. `= 0`");
      return null;
    }
  }
}
