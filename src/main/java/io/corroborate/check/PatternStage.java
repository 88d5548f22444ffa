package io.corroborate.check;

import io.corroborate.lang.ast.ClaimDecl;
import io.corroborate.lang.ast.PatternDecl;
import io.corroborate.lang.ast.Pattern;
import io.corroborate.source.ErrorCode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks claim patterns against their kind: names resolve, captures fill slots of a fitting type,
 * every required slot is filled on every path, regexes compile and nothing can match zero tokens.
 */
final class PatternStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    for (var entry : ctx.claimDecls.entrySet()) {
      ClaimDecl decl = entry.getValue();
      ClaimKind kind = ctx.kinds.get(entry.getKey());
      for (PatternDecl patternDecl : decl.patterns()) {
        PatternWalker walker = new PatternWalker(ctx, kind, false);
        walker.walk(patternDecl.pattern());
        if (kind != null) {
          requireSlots(ctx, kind, patternDecl);
        }
        PatternShape.checkShape(ctx, patternDecl.pattern());
      }
    }
  }

  private static void requireSlots(CheckContext ctx, ClaimKind kind, PatternDecl decl) {
    Set<String> filled = PatternShape.surelyCaptured(decl.pattern());
    List<Slot> required = new java.util.ArrayList<>(kind.keySlots().stream().filter(s -> !s.optional()).toList());
    // a slot with a default is optional, and the value slot is never optional
    required.add(kind.valueSlot());
    List<String> missing = required.stream().map(Slot::name).filter(n -> !filled.contains(n)).toList();
    if (!missing.isEmpty()) {
      String names = missing.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
      ctx.error(ErrorCode.C004, decl.span(), "pattern does not fill slot " + names + " of `" + kind.name() + "`",
          "capture it, e.g. `" + missing.get(0) + ":" + kind.slot(missing.get(0)).orElseThrow().type().display()
              + "`, or mark the slot optional with `?`");
    }
  }

  /** Patterns inside findings: same name checks, but they capture nothing. */
  static void checkFindingPattern(CheckContext ctx, Pattern pattern) {
    new PatternWalker(ctx, null, true).walk(pattern);
    PatternShape.checkShape(ctx, pattern);
  }
}
