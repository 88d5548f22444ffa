package io.corroborate.check;

import io.corroborate.lang.ast.Condition;
import io.corroborate.lang.ast.Name;
import io.corroborate.lang.ast.Operand;
import io.corroborate.lang.ast.RuleDecl;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks custom rules: bindings, fields, comparison types, agreement tests and message templates. */
final class RuleStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    for (RuleDecl rule : ctx.rules) {
      Severities.check(ctx, rule.severity());
      Map<String, ClaimKind> bound = bindings(ctx, rule);
      boolean sameKey = false;
      for (Condition condition : rule.conditions()) {
        if (condition instanceof Condition.SameKey) {
          sameKey = true;
        } else if (condition instanceof Condition.AgreeTest test) {
          agreeTest(ctx, bound, test);
        } else if (condition instanceof Condition.Compare compare) {
          new Comparisons(ctx, bound).check(compare);
        } else if (condition instanceof Condition.Count count) {
          count(ctx, bound, count);
        }
      }
      if (bound.size() > 1 && !sameKey) {
        ctx.warning(ErrorCode.W101, rule.name().span(), "rule `" + rule.name().text()
            + "` joins claims without `same key`", "without it every pair of claims is compared; add `same key`");
      }
      if (rule.message() != null) {
        checkTemplate(ctx, rule.message(), bound);
      }
    }
  }

  private static Map<String, ClaimKind> bindings(CheckContext ctx, RuleDecl rule) {
    Map<String, ClaimKind> bound = new LinkedHashMap<>();
    for (Condition condition : rule.conditions()) {
      if (!(condition instanceof Condition.Binding binding)) {
        continue;
      }
      String kindName = ctx.resolve(binding.kind());
      if (kindName == null || !ctx.claimDecls.containsKey(kindName)) {
        bound.putIfAbsent(binding.variable().text(), null);
        if (ctx.names.ambiguous(binding.kind()).isEmpty()) {
          ctx.error(ErrorCode.C010, binding.kind().span(), "unknown claim kind `" + binding.kind().text() + "`",
              DidYouMean.help(binding.kind().text(), ctx.claimDecls.keySet()));
        }
      } else if (bound.containsKey(binding.variable().text())) {
        ctx.error(ErrorCode.C002, binding.variable().span(), "variable `" + binding.variable().text()
            + "` is bound twice", null);
      } else {
        // a kind whose slots had errors binds to null: uses of the variable stay quiet
        bound.put(binding.variable().text(), ctx.kinds.get(kindName));
      }
    }
    boolean hasBinding = rule.conditions().stream().anyMatch(c -> c instanceof Condition.Binding);
    if (!hasBinding) {
      ctx.error(ErrorCode.C018, rule.name().span(), "rule `" + rule.name().text() + "` binds no claim",
          "start the conditions with `a: KindName`");
    }
    return bound;
  }

  private static void agreeTest(CheckContext ctx, Map<String, ClaimKind> bound, Condition.AgreeTest test) {
    ClaimKind left = variable(ctx, bound, test.left());
    ClaimKind right = variable(ctx, bound, test.right());
    if (left != null && right != null && !left.name().equals(right.name())) {
      ctx.error(ErrorCode.C005, test.span(), "`agree` compares claims of one kind, not `" + left.name()
          + "` with `" + right.name() + "`", null);
    }
  }

  /** The counts a rule may ask of a claim's key. */
  public static final java.util.List<String> COUNTS = java.util.List.of("sources", "claims", "speakers");

  private static void count(CheckContext ctx, Map<String, ClaimKind> bound, Condition.Count count) {
    if (!COUNTS.contains(count.function().text())) {
      String help = DidYouMean.help(count.function().text(), COUNTS);
      ctx.error(ErrorCode.C016, count.function().span(), "unknown count `" + count.function().text() + "`",
          help != null ? help : "counts are sources(a), claims(a) and speakers(a): over the claims of a's key");
    }
    variable(ctx, bound, count.variable());
  }

  static ClaimKind variable(CheckContext ctx, Map<String, ClaimKind> bound, Name name) {
    ClaimKind kind = bound.get(name.text());
    if (kind == null && !bound.containsKey(name.text())) {
      ctx.error(ErrorCode.C011, name.span(), "unknown variable `" + name.text() + "`",
          DidYouMean.help(name.text(), bound.keySet()) != null ? DidYouMean.help(name.text(), bound.keySet())
              : "bind it first: `" + name.text() + ": KindName`");
    }
    return kind;
  }

  private static void checkTemplate(CheckContext ctx, Name message, Map<String, ClaimKind> bound) {
    for (Templates.Placeholder p : Templates.placeholders(message.text())) {
      SourceSpan span = new SourceSpan(message.span().file(), message.span().start() + 1 + p.start(),
          Math.min(message.span().end(), message.span().start() + 1 + p.end()));
      String[] parts = p.name().split("\\.", 2);
      ClaimKind kind = bound.get(parts[0]);
      if (parts.length == 2 && kind == null && bound.containsKey(parts[0])) {
        continue;
      }
      if (parts.length != 2 || kind == null) {
        ctx.error(ErrorCode.C007, span, "message names unknown `" + p.name() + "`",
            "write `{variable.field}` with a bound variable, e.g. `{" + bound.keySet().stream().findFirst()
                .orElse("a") + ".source}`");
      } else if (ClaimFields.type(kind, parts[1]).isEmpty()) {
        ctx.error(ErrorCode.C007, span, "message names unknown field `" + parts[1] + "` of `" + kind.name() + "`",
            Comparisons.fieldHelp(kind, parts[1]));
      }
    }
  }
}
