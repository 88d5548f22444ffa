package io.corroborate.check;

import io.corroborate.lang.ast.Pattern;
import io.corroborate.source.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Visits every atom of one pattern and checks names, captures and regexes. */
final class PatternWalker {
  private static final int MAX_GAP = 50;

  private final CheckContext ctx;
  /** The claim kind whose slots captures fill; null inside findings or when its slots had errors. */
  private final ClaimKind kind;
  private final boolean inFinding;
  private final boolean inMacro;

  PatternWalker(CheckContext ctx, ClaimKind kind, boolean inFinding) {
    this(ctx, kind, inFinding, false);
  }

  private PatternWalker(CheckContext ctx, ClaimKind kind, boolean inFinding, boolean inMacro) {
    this.ctx = ctx;
    this.kind = kind;
    this.inFinding = inFinding || inMacro;
    this.inMacro = inMacro;
  }

  /** For the body of a named pattern: names resolve, nothing may be captured. */
  static PatternWalker forMacro(CheckContext ctx) {
    return new PatternWalker(ctx, null, true, true);
  }

  void walk(Pattern p) {
    if (p instanceof Pattern.Alt alt) {
      alt.options().forEach(this::walk);
    } else if (p instanceof Pattern.Seq seq) {
      seq.items().forEach(this::walk);
    } else if (p instanceof Pattern.Repeat rep) {
      bounds(rep.min(), rep.max(), rep);
      walk(rep.inner());
    } else if (p instanceof Pattern.Ref ref) {
      reference(ref);
    } else if (p instanceof Pattern.TypedCapture cap) {
      SlotType type = TypeResolver.resolve(ctx, cap.type());
      if (type != null) {
        capture(cap, cap.capture().text(), type);
      }
    } else if (p instanceof Pattern.GroupCapture cap) {
      capture(cap, cap.capture().text(), SlotType.of(SlotType.Base.TEXT));
      walk(cap.inner());
    } else if (p instanceof Pattern.RegexTest regex) {
      regex(regex);
    } else if (p instanceof Pattern.Not not) {
      negation(not);
    } else if (p instanceof Pattern.PosTest pos) {
      partOfSpeech(pos);
    } else if (p instanceof Pattern.Gap gap) {
      bounds(gap.min(), gap.max(), gap);
    }
  }

  private void reference(Pattern.Ref ref) {
    String name = ref.name().text();
    if (TokenClasses.ALL.contains(name)) {
      return;
    }
    String key = ctx.resolve(ref.name());
    if (key != null && (ctx.lexicons.containsKey(key) || ctx.macros.containsKey(key))
        || !ctx.names.ambiguous(ref.name()).isEmpty()) {
      return; // found, or ambiguous and already reported
    }
    List<String> known = new ArrayList<>(ctx.lexicons.keySet());
    known.addAll(ctx.macros.keySet());
    known.addAll(TokenClasses.ALL);
    String help = DidYouMean.help(name, known);
    if (help == null && kind != null && kind.slot(name).isPresent()) {
      help = "to capture into slot `" + name + "`, write `" + name + ":TYPE`";
    } else if (help == null) {
      help = "a bare name in a pattern refers to a lexicon; quote words to match them literally: \"" + name + "\"";
    }
    ctx.error(ErrorCode.C001, ref.name().span(), "unknown lexicon or named pattern `" + name + "`", help);
  }

  private void negation(Pattern.Not not) {
    Pattern inner = not.inner();
    if (!oneToken(inner, new java.util.HashSet<>())) {
      ctx.error(ErrorCode.C024, not.span(), "`not` needs a one-token test", "negate one word, a lexicon, a token "
          + "class, a /regex/, or alternatives of these, e.g. `not \"the\"` or `not Cap`");
      return;
    }
    walk(inner);
  }

  private void partOfSpeech(Pattern.PosTest pos) {
    if (!pos.key().text().equals("pos")) {
      ctx.error(ErrorCode.C016, pos.key().span(), "unknown token attribute `" + pos.key().text() + "`",
          "the attribute a token test can name is `pos`, e.g. `[pos=PROPN]`");
      return;
    }
    java.util.List<String> tags = io.corroborate.text.PosTagger.tagSet();
    if (!tags.contains(pos.tag().text())) {
      String help = DidYouMean.help(pos.tag().text(), tags);
      ctx.error(ErrorCode.C014, pos.tag().span(), "unknown part-of-speech tag `" + pos.tag().text() + "`",
          help != null ? help : "tags are " + String.join(", ", tags));
    }
  }

  /** Whether every match of the pattern is exactly one token (or one lexicon phrase start). */
  private boolean oneToken(Pattern p, java.util.Set<String> seen) {
    if (p instanceof Pattern.RegexTest || p instanceof Pattern.PosTest) {
      return true;
    }
    if (p instanceof Pattern.Literal literal) {
      return io.corroborate.text.Tokenizer.tokenize(literal.text(), 0, literal.text().length()).size() == 1;
    }
    if (p instanceof Pattern.Alt alt) {
      return alt.options().stream().allMatch(o -> oneToken(o, seen));
    }
    if (p instanceof Pattern.Ref ref) {
      String key = ctx.names.resolve(ref.name());
      var macro = key == null ? null : ctx.macros.get(key);
      return macro == null || (seen.add(key) && oneToken(macro.pattern(), seen));
    }
    return false;
  }

  private void capture(Pattern p, String name, SlotType captured) {
    if (kind == null && !inFinding) {
      return; // the kind's own slots were wrong, and that is reported already
    }
    if (kind == null) {
      String where = inMacro ? "a named pattern" : "a finding";
      ctx.error(ErrorCode.C003, p.span(), "capture `" + name + "` in " + where + " fills nothing",
          inMacro ? "capture where the named pattern is used, e.g. `" + name + ":(...)`"
              : "findings have no slots; drop the `" + name + ":` prefix");
      return;
    }
    var slot = kind.slot(name);
    if (slot.isEmpty()) {
      List<String> slots = new ArrayList<>(kind.keySlots().stream().map(Slot::name).toList());
      slots.add(kind.valueSlot().name());
      String help = DidYouMean.help(name, slots);
      ctx.error(ErrorCode.C003, p.span(), "capture `" + name + "` fills no slot of `" + kind.name() + "`",
          help != null ? help : "slots of `" + kind.name() + "` are " + String.join(", ", slots));
      return;
    }
    if (!slot.get().type().accepts(captured)) {
      ctx.error(ErrorCode.C005, p.span(), "slot `" + name + "` is " + slot.get().type().display()
          + " but the capture is " + captured.display(), "capture a " + slot.get().type().display() + " here");
    }
  }

  private void regex(Pattern.RegexTest regex) {
    try {
      java.util.regex.Pattern.compile(regex.regex());
    } catch (PatternSyntaxException e) {
      ctx.error(ErrorCode.C006, regex.span(), "invalid regular expression: " + e.getDescription().toLowerCase(),
          "the regex is Java syntax and is tested against one token");
    }
  }

  private void bounds(int min, int max, Pattern p) {
    if (max != Pattern.Repeat.UNBOUNDED && max < min) {
      ctx.error(ErrorCode.C013, p.span(), "repetition bounds are reversed: " + min + " > " + max,
          "write `{" + max + "," + min + "}`");
    } else if (p instanceof Pattern.Gap && (max == Pattern.Repeat.UNBOUNDED || max > MAX_GAP)) {
      ctx.error(ErrorCode.C013, p.span(), "a gap must be bounded by at most " + MAX_GAP + " tokens",
          "write `...{0," + Math.min(MAX_GAP, 8) + "}`");
    }
  }
}
