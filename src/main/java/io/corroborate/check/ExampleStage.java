package io.corroborate.check;

import io.corroborate.lang.ast.ExampleDecl;
import io.corroborate.lang.ast.Expectation;
import io.corroborate.source.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@code example} lines: every expectation names a slot (or {@code speaker}), compares numbers
 * with numbers, and uses an operator that fits the slot's type. Running them is the engine's job.
 */
final class ExampleStage implements CheckStage {
  private static final List<String> ORDERING = List.of(">=", "<=", ">", "<", "~");

  @Override
  public void run(CheckContext ctx) {
    for (ClaimKind kind : ctx.kinds.values()) {
      for (ExampleDecl example : kind.decl().examples()) {
        if (example.text().text().isBlank()) {
          ctx.error(ErrorCode.C022, example.text().span(), "example text is empty", "write the sentence to test");
        }
        example.expectations().forEach(e -> expectation(ctx, kind, e));
      }
    }
  }

  private static void expectation(CheckContext ctx, ClaimKind kind, Expectation e) {
    String slot = e.slot().text();
    SlotType type = slot.equals("speaker") ? SlotType.of(SlotType.Base.SPEAKER)
        : kind.slot(slot).map(Slot::type).orElse(null);
    if (type == null) {
      List<String> names = new ArrayList<>(kind.keySlots().stream().map(Slot::name).toList());
      names.add(kind.valueSlot().name());
      names.add("speaker");
      String help = DidYouMean.help(slot, names);
      ctx.error(ErrorCode.C022, e.slot().span(), "example expects unknown slot `" + slot + "` of `" + kind.name() + "`",
          help != null ? help : "an example can expect " + String.join(", ", names));
      return;
    }
    boolean number = isNumber(e.value().text());
    if (type.base() == SlotType.Base.DATE || type.base() == SlotType.Base.TIME) {
      temporal(ctx, type, e);
    } else if (type.numeric() && !number) {
      ctx.error(ErrorCode.C022, e.value().span(), "slot `" + slot + "` is a number, but the example expects `"
          + e.value().text() + "`", "write a number, e.g. `" + slot + " = 12`");
    } else if (!type.numeric() && ORDERING.contains(e.op())) {
      ctx.error(ErrorCode.C022, e.span(), "`" + e.op() + "` compares numbers, but slot `" + slot + "` is "
          + type.display(), "write `" + slot + " = \"...\"`");
    }
  }

  private static void temporal(CheckContext ctx, SlotType type, Expectation e) {
    boolean date = type.base() == SlotType.Base.DATE;
    String text = e.value().text();
    boolean ok = date ? text.matches("\\d{4}-\\d{2}-\\d{2}") && parses(text) : text.matches("\\d{1,2}:\\d{2}");
    if (!ok) {
      ctx.error(ErrorCode.C022, e.value().span(), "slot `" + e.slot().text() + "` is " + type.display()
          + ", but the example expects `" + text + "`", date ? "write an ISO date, e.g. `\"2026-01-15\"`"
          : "write a time of day, e.g. `\"07:30\"`");
    }
  }

  private static boolean parses(String isoDate) {
    try {
      java.time.LocalDate.parse(isoDate);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
