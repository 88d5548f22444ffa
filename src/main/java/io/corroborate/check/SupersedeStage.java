package io.corroborate.check;

import io.corroborate.lang.ast.Declaration;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.lang.ast.SupersedeDecl;
import io.corroborate.source.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/** Marks the claim kinds named by {@code supersede}: a known kind, named once. */
final class SupersedeStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    Map<String, SupersedeDecl> seen = new HashMap<>();
    for (RuleFile file : ctx.files) {
      for (Declaration decl : file.declarations()) {
        if (decl instanceof SupersedeDecl supersede) {
          apply(ctx, supersede, seen);
        }
      }
    }
  }

  private static void apply(CheckContext ctx, SupersedeDecl decl, Map<String, SupersedeDecl> seen) {
    String kindName = ctx.claimKind(decl.kind());
    if (kindName == null) {
      return;
    }
    SupersedeDecl first = seen.putIfAbsent(kindName, decl);
    if (first != null) {
      ctx.error(ErrorCode.C002, decl.span(), "`supersede " + decl.kind().text() + "` is written twice",
          "first at " + first.span().location());
      return;
    }
    ClaimKind kind = ctx.kinds.get(kindName);
    if (kind != null) {
      ctx.kinds.put(kindName, kind.superseding());
    }
  }
}
