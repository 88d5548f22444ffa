package io.corroborate.check;

import io.corroborate.lang.ast.ClaimDecl;
import io.corroborate.lang.ast.FindingExpr;
import io.corroborate.lang.ast.MacroDecl;
import io.corroborate.lang.ast.Pattern;
import io.corroborate.lang.ast.PatternDecl;
import io.corroborate.lang.ast.SlotDecl;
import io.corroborate.source.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about things that do nothing: a lexicon or named pattern no pattern uses, and a pattern
 * that repeats an earlier one (the earlier one always wins the overlap, so the later never matters).
 */
final class UsageStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    if (ctx.hasErrors()) {
      return; // while there are errors, "unused" is mostly their echo (a misspelt name leaves its target unused)
    }
    Set<String> used = new HashSet<>();
    List<Pattern> all = new ArrayList<>();
    for (ClaimDecl claim : ctx.claimDecls.values()) {
      claim.patterns().forEach(p -> all.add(p.pattern()));
      List<SlotDecl> slots = new ArrayList<>(claim.keySlots());
      slots.add(claim.valueSlot());
      slots.forEach(s -> used.add(String.valueOf(ctx.names.resolve(s.type().name()))));
    }
    ctx.macros.values().forEach(m -> all.add(m.pattern()));
    ctx.findings.forEach(f -> collect(f.expr(), all));
    all.forEach(p -> Patterns.refs(p).forEach(r -> used.add(String.valueOf(ctx.names.resolve(r.name())))));
    ctx.lexicons.values().stream()
        .filter(l -> l.entityType() == null && !used.contains(l.name()))
        .forEach(l -> ctx.warning(ErrorCode.W104, l.span(), "lexicon `" + l.name() + "` is never used",
            "refer to it in a pattern, or type it (`: PERSON`) to canonicalize names"));
    for (var entry : ctx.macros.entrySet()) {
      MacroDecl macro = entry.getValue();
      if (!used.contains(entry.getKey())) {
        ctx.warning(ErrorCode.W104, macro.name().span(), "named pattern `" + macro.name().text() + "` is never used",
            "use it by name inside a pattern, or remove it");
      }
    }
    repeats(ctx);
  }

  private static void collect(FindingExpr e, List<Pattern> out) {
    if (e instanceof FindingExpr.PatternTest t) {
      out.add(t.pattern());
    } else if (e instanceof FindingExpr.Not n) {
      collect(n.inner(), out);
    } else if (e instanceof FindingExpr.And a) {
      collect(a.left(), out);
      collect(a.right(), out);
    } else if (e instanceof FindingExpr.Or o) {
      collect(o.left(), out);
      collect(o.right(), out);
    }
  }

  private static void repeats(CheckContext ctx) {
    Map<String, PatternDecl> first = new HashMap<>();
    for (ClaimDecl claim : ctx.claimDecls.values()) {
      for (PatternDecl p : claim.patterns()) {
        String shape = p.pattern().span().text().replaceAll("\\s+", " ").trim();
        PatternDecl earlier = first.putIfAbsent(shape, p);
        if (earlier != null) {
          ctx.warning(ErrorCode.W105, p.span(), "pattern repeats the one at " + earlier.span().location(),
              "overlapping matches go to the pattern declared first, so this one never makes a claim; remove it");
        }
      }
    }
  }
}
