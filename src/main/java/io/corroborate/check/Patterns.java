package io.corroborate.check;

import io.corroborate.lang.ast.Pattern;
import java.util.ArrayList;
import java.util.List;

/** Walks pattern trees for the checks that need every node of a kind. */
final class Patterns {
  private Patterns() {}

  static List<Pattern.Ref> refs(Pattern p) {
    List<Pattern.Ref> out = new ArrayList<>();
    collect(p, out);
    return out;
  }

  private static void collect(Pattern p, List<Pattern.Ref> out) {
    if (p instanceof Pattern.Ref ref) {
      out.add(ref);
    } else if (p instanceof Pattern.Alt alt) {
      alt.options().forEach(o -> collect(o, out));
    } else if (p instanceof Pattern.Seq seq) {
      seq.items().forEach(i -> collect(i, out));
    } else if (p instanceof Pattern.Repeat rep) {
      collect(rep.inner(), out);
    } else if (p instanceof Pattern.GroupCapture cap) {
      collect(cap.inner(), out);
    } else if (p instanceof Pattern.Not not) {
      collect(not.inner(), out);
    } else if (p instanceof Pattern.TypedCapture cap) {
      out.add(new Pattern.Ref(cap.type().name(), cap.type().span())); // a lexicon used as a type
    }
  }
}
