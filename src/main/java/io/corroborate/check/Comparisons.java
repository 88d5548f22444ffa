package io.corroborate.check;

import io.corroborate.lang.ast.Condition;
import io.corroborate.lang.ast.Operand;
import io.corroborate.source.ErrorCode;
import java.util.Map;

/** Type-checks {@code left op right} in custom rules. */
final class Comparisons {
  private final CheckContext ctx;
  private final Map<String, ClaimKind> bound;

  Comparisons(CheckContext ctx, Map<String, ClaimKind> bound) {
    this.ctx = ctx;
    this.bound = bound;
  }

  void check(Condition.Compare compare) {
    SlotType left = type(compare.left());
    SlotType right = type(compare.right());
    if (left == null || right == null) {
      return;
    }
    boolean ordering = !compare.op().equals("==") && !compare.op().equals("!=");
    if (left.numeric() != right.numeric()) {
      ctx.error(ErrorCode.C005, compare.span(), "cannot compare " + describe(compare.left(), left) + " with "
          + describe(compare.right(), right), left.numeric()
              ? "compare a number with a number, e.g. `> 100`"
              : "compare text with text, e.g. `== \"...\"`");
    } else if (ordering && !left.numeric()) {
      ctx.error(ErrorCode.C005, compare.span(), "`" + compare.op() + "` orders numbers, but "
          + describe(compare.left(), left) + " is text", "use `==` or `!=`");
    }
  }

  private SlotType type(Operand operand) {
    if (operand instanceof Operand.Text) {
      return SlotType.of(SlotType.Base.TEXT);
    }
    if (operand instanceof Operand.Number) {
      return SlotType.of(SlotType.Base.NUMBER);
    }
    Operand.Field field = (Operand.Field) operand;
    ClaimKind kind = RuleStage.variable(ctx, bound, field.variable());
    if (kind == null) {
      return null;
    }
    var type = ClaimFields.type(kind, field.field().text());
    if (type.isEmpty()) {
      ctx.error(ErrorCode.C016, field.field().span(), "`" + kind.name() + "` has no field `"
          + field.field().text() + "`", fieldHelp(kind, field.field().text()));
      return null;
    }
    return type.get();
  }

  static String fieldHelp(ClaimKind kind, String wrong) {
    String suggestion = DidYouMean.help(wrong, ClaimFields.names(kind));
    return suggestion != null ? suggestion : "fields are " + String.join(", ", ClaimFields.names(kind));
  }

  private static String describe(Operand operand, SlotType type) {
    if (operand instanceof Operand.Field f) {
      return "`" + f.variable().text() + "." + f.field().text() + "` (" + type.display() + ")";
    }
    return operand instanceof Operand.Number ? "a number" : "a string";
  }
}
