package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.lang.ast.AgreeDecl;
import io.corroborate.lang.ast.Condition;
import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.FindingExpr;
import io.corroborate.lang.ast.Operand;
import io.corroborate.lang.ast.RuleDecl;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Builds agreement policies, custom rules and findings. */
final class RuleBuilder {
  private final Spans spans;
  private final PatternBuilder patterns;

  RuleBuilder(Spans spans, PatternBuilder patterns) {
    this.spans = spans;
    this.patterns = patterns;
  }

  AgreeDecl agree(ClaimsParser.AgreeDeclContext ctx) {
    ClaimsParser.PolicyContext policyCtx = Incomplete.require(ctx.policy());
    AgreeDecl.Policy policy;
    if (policyCtx instanceof ClaimsParser.OverlapsPolicyContext o) {
      double percent = o.amount == null ? 0 : Double.parseDouble(o.amount.getText());
      Double apart = o.apart == null ? null : Double.valueOf(o.apart.getText());
      policy = new AgreeDecl.Policy.Overlaps(percent, apart, spans.of(o));
    } else if (policyCtx instanceof ClaimsParser.ContainsPolicyContext c) {
      policy = new AgreeDecl.Policy.Contains(spans.of(c));
    } else if (policyCtx instanceof ClaimsParser.WindowPolicyContext w) {
      policy = new AgreeDecl.Policy.Window(Double.parseDouble(Incomplete.require(w.amount).getText()),
          spans.name(w.unit), spans.of(w));
    } else {
      policy = new AgreeDecl.Policy.Equals(spans.of(policyCtx));
    }
    return new AgreeDecl(spans.name(ctx.kind), spans.name(ctx.slot), policy, spans.of(ctx));
  }

  RuleDecl rule(ClaimsParser.RuleDeclContext ctx) {
    List<Condition> conditions = new ArrayList<>();
    for (ClaimsParser.ConditionContext c : ctx.condition()) {
      conditions.add(condition(c));
    }
    return new RuleDecl(
        spans.string(ctx.name),
        ctx.severity == null ? null : spans.name(ctx.severity),
        conditions,
        spans.name(ctx.label),
        ctx.message == null ? null : spans.string(ctx.message),
        spans.of(ctx));
  }

  private Condition condition(ClaimsParser.ConditionContext ctx) {
    SourceSpan span = spans.of(ctx);
    if (ctx instanceof ClaimsParser.BindingCondContext b) {
      return new Condition.Binding(spans.name(b.var), spans.name(b.kind), span);
    }
    if (ctx instanceof ClaimsParser.SameKeyCondContext) {
      return new Condition.SameKey(span);
    }
    if (ctx instanceof ClaimsParser.AgreeCondContext a) {
      return new Condition.AgreeTest(spans.name(a.left), spans.name(a.right), a.negated != null, span);
    }
    if (ctx instanceof ClaimsParser.CountCondContext c) {
      return new Condition.Count(spans.name(c.count), spans.name(c.var), Incomplete.require(c.op).getText(),
          Double.parseDouble(Incomplete.require(c.value).getText()), span);
    }
    if (ctx instanceof ClaimsParser.CompareCondContext c) {
      return new Condition.Compare(
          operand(Incomplete.require(c.left)), Incomplete.require(c.op).getText(),
          operand(Incomplete.require(c.right)), span);
    }
    throw Incomplete.hole();
  }

  private Operand operand(ClaimsParser.OperandContext ctx) {
    SourceSpan span = spans.of(ctx);
    if (ctx instanceof ClaimsParser.FieldOperandContext f) {
      ClaimsParser.FieldNameContext field = Incomplete.require(f.field);
      return new Operand.Field(spans.name(f.var), new io.corroborate.lang.ast.Name(field.getText(), spans.of(field)),
          span);
    }
    if (ctx instanceof ClaimsParser.StringOperandContext s) {
      return new Operand.Text(Spans.unquote(s.STRING().getText()), span);
    }
    if (ctx instanceof ClaimsParser.NumberOperandContext n) {
      return new Operand.Number(Double.parseDouble(n.NUMBER().getText()), span);
    }
    throw Incomplete.hole();
  }

  io.corroborate.lang.ast.OverrideDecl override(ClaimsParser.OverrideDeclContext ctx) {
    return new io.corroborate.lang.ast.OverrideDecl(spans.name(ctx.kind), spans.name(ctx.label),
        ctx.newLabel == null ? null : spans.name(ctx.newLabel), ctx.off != null,
        ctx.severity == null ? null : spans.name(ctx.severity), spans.of(ctx));
  }

  FindingDecl finding(ClaimsParser.FindingDeclContext ctx) {
    return new FindingDecl(
        spans.name(ctx.name),
        ctx.scope == null ? null : spans.name(ctx.scope),
        ctx.severity == null ? null : spans.name(ctx.severity),
        expr(Incomplete.require(ctx.findingExpr())),
        ctx.message == null ? null : spans.string(ctx.message),
        ctx.suppress != null,
        spans.of(ctx));
  }

  private FindingExpr expr(ClaimsParser.FindingExprContext ctx) {
    SourceSpan span = spans.of(ctx);
    if (ctx instanceof ClaimsParser.NotExprContext n) {
      return new FindingExpr.Not(expr(Incomplete.require(n.findingExpr())), span);
    }
    if (ctx instanceof ClaimsParser.AndExprContext a) {
      return new FindingExpr.And(expr(a.findingExpr(0)), expr(Incomplete.require(a.findingExpr(1))), span);
    }
    if (ctx instanceof ClaimsParser.OrExprContext o) {
      return new FindingExpr.Or(expr(o.findingExpr(0)), expr(Incomplete.require(o.findingExpr(1))), span);
    }
    if (ctx instanceof ClaimsParser.ParenExprContext p) {
      return expr(Incomplete.require(p.findingExpr()));
    }
    if (ctx instanceof ClaimsParser.PatternTestContext t) {
      return new FindingExpr.PatternTest(t.test.getText(), patterns.pattern(Incomplete.require(t.pattern())), span);
    }
    if (ctx instanceof ClaimsParser.AttributeCompareContext c) {
      return new FindingExpr.AttributeCompare(
          spans.name(c.attr), Incomplete.require(c.op).getText(),
          Double.parseDouble(Incomplete.require(c.value).getText()), span);
    }
    if (ctx instanceof ClaimsParser.FlagTestContext f) {
      return new FindingExpr.Flag(spans.name(f.flag), span);
    }
    throw Incomplete.hole();
  }
}
