package io.corroborate.check;

import io.corroborate.lang.ast.AgreeDecl;
import io.corroborate.lang.ast.Declaration;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/** Attaches {@code agree} policies to their claim kinds. */
final class AgreementStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    Map<String, AgreeDecl> seen = new HashMap<>();
    for (RuleFile file : ctx.files) {
      for (Declaration decl : file.declarations()) {
        if (decl instanceof AgreeDecl agree) {
          apply(ctx, agree, seen);
        }
      }
    }
  }

  private static void apply(CheckContext ctx, AgreeDecl agree, Map<String, AgreeDecl> seen) {
    String kindName = agree.kind().text();
    if (!ctx.claimDecls.containsKey(kindName)) {
      ctx.error(ErrorCode.C010, agree.kind().span(), "unknown claim kind `" + kindName + "`",
          DidYouMean.help(kindName, ctx.claimDecls.keySet()));
      return;
    }
    AgreeDecl first = seen.putIfAbsent(kindName, agree);
    if (first != null) {
      ctx.error(ErrorCode.C002, agree.span(), "claim kind `" + kindName + "` already has an agreement policy",
          "first given at " + first.span().location());
      return;
    }
    ClaimKind kind = ctx.kinds.get(kindName);
    if (kind == null) {
      return; // its slots had errors, already reported
    }
    if (!kind.valueSlot().name().equals(agree.slot().text())) {
      ctx.error(ErrorCode.C019, agree.slot().span(), "`" + agree.slot().text() + "` is not the value slot of `"
          + kindName + "`", "agreement compares values: write `agree " + kindName + " when "
          + kind.valueSlot().name() + " ...`");
      return;
    }
    if (agree.policy() instanceof AgreeDecl.Policy.Overlaps overlaps) {
      if (!kind.valueSlot().type().numeric()) {
        ctx.error(ErrorCode.C005, overlaps.span(), "`overlaps` needs a numeric value but `"
            + kind.valueSlot().name() + "` is " + kind.valueSlot().type().display(), "use `equals`");
      } else if (overlaps.percent() < 0 || overlaps.percent() > 100) {
        ctx.error(ErrorCode.C013, overlaps.span(), "tolerance must be between 0% and 100%", null);
      } else {
        ctx.kinds.put(kindName, kind.withAgreement(new Agreement(true, overlaps.percent() / 100.0)));
      }
    } else {
      ctx.kinds.put(kindName, kind.withAgreement(Agreement.EQUALITY));
    }
  }
}
