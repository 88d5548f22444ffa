package io.corroborate.check;

import io.corroborate.lang.ast.Pattern;
import io.corroborate.source.ErrorCode;
import java.util.HashSet;
import java.util.Set;

/** Structural facts about patterns: what they surely capture, whether they can match nothing. */
final class PatternShape {
  private PatternShape() {}

  static void checkShape(CheckContext ctx, Pattern pattern) {
    if (nullable(pattern, ctx, new java.util.HashSet<>())) {
      ctx.error(ErrorCode.C012, pattern.span(), "pattern can match an empty sequence of tokens",
          "make at least one element required (drop a `?` or `*`, or use `+`)");
    }
    Pattern first = first(pattern);
    if (first instanceof Pattern.Gap) {
      ctx.warning(ErrorCode.W103, first.span(), "pattern starts with a gap",
          "a leading gap only widens the matched span; start with the first word that must be there");
    }
  }

  /** Captures that every successful match of the pattern fills. */
  static Set<String> surelyCaptured(Pattern p) {
    Set<String> out = new HashSet<>();
    if (p instanceof Pattern.TypedCapture cap) {
      out.add(cap.capture().text());
    } else if (p instanceof Pattern.GroupCapture cap) {
      out.add(cap.capture().text());
      out.addAll(surelyCaptured(cap.inner()));
    } else if (p instanceof Pattern.Seq seq) {
      seq.items().forEach(item -> out.addAll(surelyCaptured(item)));
    } else if (p instanceof Pattern.Alt alt) {
      out.addAll(surelyCaptured(alt.options().get(0)));
      alt.options().forEach(option -> out.retainAll(surelyCaptured(option)));
    } else if (p instanceof Pattern.Repeat rep && rep.min() > 0) {
      out.addAll(surelyCaptured(rep.inner()));
    }
    return out;
  }

  /** True when the pattern can succeed without consuming a token; {@code seen} guards macro cycles. */
  static boolean nullable(Pattern p, CheckContext macros, Set<String> seen) {
    if (p instanceof Pattern.Seq seq) {
      return seq.items().stream().allMatch(i -> nullable(i, macros, seen));
    }
    if (p instanceof Pattern.Alt alt) {
      return alt.options().stream().anyMatch(o -> nullable(o, macros, seen));
    }
    if (p instanceof Pattern.Repeat rep) {
      return rep.min() == 0 || nullable(rep.inner(), macros, seen);
    }
    if (p instanceof Pattern.GroupCapture cap) {
      return nullable(cap.inner(), macros, seen);
    }
    if (p instanceof Pattern.Anchor) {
      return true;
    }
    String macro = p instanceof Pattern.Ref ref ? macros.names.resolve(ref.name()) : null;
    if (macro != null && macros.macros.containsKey(macro)) {
      return seen.add(macro) && nullable(macros.macros.get(macro).pattern(), macros, seen);
    }
    if (p instanceof Pattern.Gap gap) {
      return gap.min() == 0;
    }
    if (p instanceof Pattern.Literal literal) {
      return literal.text().isBlank();
    }
    return false;
  }

  private static Pattern first(Pattern p) {
    if (p instanceof Pattern.Seq seq) {
      return first(seq.items().get(0));
    }
    return p;
  }
}
