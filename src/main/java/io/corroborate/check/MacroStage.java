package io.corroborate.check;

import io.corroborate.lang.ast.MacroDecl;
import io.corroborate.lang.ast.Pattern;
import io.corroborate.source.ErrorCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Checks named patterns: their bodies resolve, capture nothing, and no name refers back to itself. */
final class MacroStage implements CheckStage {

  @Override
  public void run(CheckContext ctx) {
    Set<String> reported = new HashSet<>();
    for (var entry : ctx.macros.entrySet()) {
      MacroDecl macro = entry.getValue();
      PatternWalker.forMacro(ctx).walk(macro.pattern());
      Deque<String> path = new ArrayDeque<>();
      path.push(entry.getKey());
      if (refersBack(ctx, macro.pattern(), entry.getKey(), path) && reported.add(entry.getKey())) {
        ctx.error(ErrorCode.C023, macro.name().span(), "named pattern `" + macro.name().text()
            + "` refers to itself: " + String.join(" -> ", reversed(path)) + " -> " + macro.name().text(),
            "a pattern cannot contain itself; use `+` or `*` to repeat");
      }
    }
  }

  private static java.util.List<String> reversed(Deque<String> path) {
    java.util.List<String> out = new java.util.ArrayList<>(path);
    java.util.Collections.reverse(out);
    return out;
  }

  private static boolean refersBack(CheckContext ctx, Pattern p, String target, Deque<String> path) {
    for (Pattern.Ref ref : Patterns.refs(p)) {
      String name = ctx.names.resolve(ref.name());
      MacroDecl next = name == null ? null : ctx.macros.get(name);
      if (next == null || path.contains(name) && !name.equals(target)) {
        continue;
      }
      if (name.equals(target)) {
        return true;
      }
      path.push(name);
      if (refersBack(ctx, next.pattern(), target, path)) {
        return true;
      }
      path.pop();
    }
    return false;
  }
}
