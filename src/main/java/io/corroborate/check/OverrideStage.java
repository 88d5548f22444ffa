package io.corroborate.check;

import io.corroborate.lang.ast.Declaration;
import io.corroborate.lang.ast.OverrideDecl;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.ErrorCode;

/** Checks {@code override} declarations: a known kind, a built-in label, once per pair, a valid severity. */
final class OverrideStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    for (RuleFile file : ctx.files) {
      for (Declaration decl : file.declarations()) {
        if (decl instanceof OverrideDecl override) {
          check(ctx, override);
        }
      }
    }
  }

  private static void check(CheckContext ctx, OverrideDecl o) {
    Severities.check(ctx, o.severity());
    String kind = ctx.claimKind(o.kind());
    if (kind == null) {
      return;
    }
    if (!VerdictOverride.BUILTIN_LABELS.contains(o.label().text())) {
      String help = DidYouMean.help(o.label().text(), VerdictOverride.BUILTIN_LABELS);
      ctx.error(ErrorCode.C025, o.label().span(), "`" + o.label().text() + "` is not a built-in verdict",
          help != null ? help : "built-in verdicts are " + String.join(", ", VerdictOverride.BUILTIN_LABELS));
      return;
    }
    if (o.newLabel() == null && !o.off() && o.severity() == null) {
      ctx.error(ErrorCode.C013, o.span(), "this override changes nothing",
          "add `as NEW_LABEL`, `off`, or `severity ...`");
      return;
    }
    String key = VerdictOverride.key(kind, o.label().text());
    if (ctx.overrides.containsKey(key)) {
      ctx.error(ErrorCode.C002, o.span(), "`" + o.label().text() + "` of `" + o.kind().text()
          + "` is overridden twice", "first at " + ctx.overrides.get(key).origin());
      return;
    }
    String newLabel = o.newLabel() == null ? o.label().text() : o.newLabel().text();
    ctx.overrides.put(key, new VerdictOverride(kind, o.label().text(), newLabel, o.off(),
        o.severity() == null ? null : o.severity().text(), o.span().location()));
  }
}
