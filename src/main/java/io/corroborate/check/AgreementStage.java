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
    String kindName = ctx.claimKind(agree.kind());
    if (kindName == null) {
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
    ctx.kinds.put(kindName, kind.withAgreement(policy(ctx, kind, agree.policy())));
  }

  /** The checked policy; on a mistake, the kind's default is kept and the mistake reported. */
  private static Agreement policy(CheckContext ctx, ClaimKind kind, AgreeDecl.Policy policy) {
    SlotType type = kind.valueSlot().type();
    String value = "`" + kind.valueSlot().name() + "` is " + type.display();
    if (policy instanceof AgreeDecl.Policy.Overlaps overlaps) {
      if (!type.interval()) {
        ctx.error(ErrorCode.C005, overlaps.span(), "`overlaps` needs numbers or dates, but " + value,
            "use `equals` or `contains`");
      } else if (overlaps.percent() < 0 || overlaps.percent() > 100) {
        ctx.error(ErrorCode.C013, overlaps.span(), "tolerance must be between 0% and 100%", null);
      } else if (overlaps.distinctBeyond() != null && overlaps.distinctBeyond() <= overlaps.percent()) {
        ctx.error(ErrorCode.C013, overlaps.span(), "figures cannot be distinct within the tolerance: "
            + overlaps.distinctBeyond() + "% is not more than " + overlaps.percent() + "%",
            "write `distinct beyond` a larger share than `within`, e.g. `overlaps within " + overlaps.percent()
                + "% distinct beyond 50%`");
      } else {
        double apart = overlaps.distinctBeyond() == null ? 0 : overlaps.distinctBeyond() / 100.0;
        return new Agreement(Agreement.Mode.OVERLAP, overlaps.percent() / 100.0, apart);
      }
    } else if (policy instanceof AgreeDecl.Policy.Window window) {
      Double scale = TimeUnits.scale(type.base(), window.unit().text());
      if (type.base() != SlotType.Base.DATE && type.base() != SlotType.Base.TIME) {
        ctx.error(ErrorCode.C005, window.span(), "`within N " + window.unit().text() + "` compares dates or times, but "
            + value, "for numbers write `overlaps within N%`");
      } else if (scale == null) {
        ctx.error(ErrorCode.C013, window.unit().span(), "unknown unit `" + window.unit().text() + "` for "
            + type.display(), "use " + TimeUnits.names(type.base()));
      } else if (window.amount() < 0) {
        ctx.error(ErrorCode.C013, window.span(), "a window cannot be negative", null);
      } else {
        return new Agreement(Agreement.Mode.WINDOW, window.amount() * scale);
      }
    } else if (policy instanceof AgreeDecl.Policy.Contains contains) {
      if (type.interval()) {
        ctx.error(ErrorCode.C005, contains.span(), "`contains` compares sets of words, but " + value,
            "use `overlaps within N%`");
      } else {
        return new Agreement(Agreement.Mode.CONTAINS, 0);
      }
    } else {
      return Agreement.EQUALITY;
    }
    return kind.agreement();
  }
}
