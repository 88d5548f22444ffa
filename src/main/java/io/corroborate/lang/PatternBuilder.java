package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.lang.ast.Pattern;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Builds pattern ASTs; shared by claim patterns and finding tests. */
final class PatternBuilder {
  /** Deeper nesting than this is surely a mistake, and would risk the stack of later passes. */
  static final int MAX_DEPTH = 32;

  private final Spans spans;
  private final List<Diagnostic> diagnostics;
  private final AstTypes types;
  private int depth;

  PatternBuilder(Spans spans, List<Diagnostic> diagnostics) {
    this.spans = spans;
    this.diagnostics = diagnostics;
    this.types = new AstTypes(spans);
  }

  Pattern pattern(ClaimsParser.PatternContext ctx) {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      diagnostics.add(Diagnostic.error(ErrorCode.P001, spans.of(ctx), "pattern nested too deeply")
          .withHelp("at most " + MAX_DEPTH + " levels of parentheses"));
      throw Incomplete.hole();
    }
    try {
      List<Pattern> options = new ArrayList<>();
      for (ClaimsParser.AlternativeContext alt : ctx.alternative()) {
        options.add(sequence(alt));
      }
      return options.size() == 1 ? options.get(0) : new Pattern.Alt(options, spans.of(ctx));
    } finally {
      depth = Math.max(0, depth - 1);
    }
  }

  private Pattern sequence(ClaimsParser.AlternativeContext ctx) {
    List<Pattern> items = new ArrayList<>();
    for (ClaimsParser.ElementContext element : ctx.element()) {
      items.add(element(element));
    }
    Incomplete.require(items.isEmpty() ? null : items);
    return items.size() == 1 ? items.get(0) : new Pattern.Seq(items, spans.of(ctx));
  }

  private Pattern element(ClaimsParser.ElementContext ctx) {
    Pattern atom = atom(Incomplete.require(ctx.atom()));
    if (ctx.quantifier() == null) {
      return atom;
    }
    SourceSpan span = spans.of(ctx);
    ClaimsParser.QuantifierContext q = ctx.quantifier();
    if (q instanceof ClaimsParser.OptionalQContext) {
      return new Pattern.Repeat(atom, 0, 1, span);
    }
    if (q instanceof ClaimsParser.StarQContext) {
      return new Pattern.Repeat(atom, 0, Pattern.Repeat.UNBOUNDED, span);
    }
    if (q instanceof ClaimsParser.PlusQContext) {
      return new Pattern.Repeat(atom, 1, Pattern.Repeat.UNBOUNDED, span);
    }
    if (q instanceof ClaimsParser.RangeQContext range) {
      return range(atom, range, span);
    }
    throw Incomplete.hole();
  }

  private Pattern range(Pattern atom, ClaimsParser.RangeQContext q, SourceSpan span) {
    int min = Integer.parseInt(Incomplete.require(q.min).getText());
    int max = q.COMMA() == null ? min : q.max == null ? Pattern.Repeat.UNBOUNDED : Integer.parseInt(q.max.getText());
    return new Pattern.Repeat(atom, min, max, span);
  }

  private Pattern atom(ClaimsParser.AtomContext ctx) {
    SourceSpan span = spans.of(ctx);
    if (ctx instanceof ClaimsParser.TypedCaptureContext c) {
      return new Pattern.TypedCapture(spans.name(c.capture), types.typeRef(Incomplete.require(c.type)), span);
    }
    if (ctx instanceof ClaimsParser.GroupCaptureContext c) {
      return new Pattern.GroupCapture(spans.name(c.capture), pattern(Incomplete.require(c.pattern())), span);
    }
    if (ctx instanceof ClaimsParser.LiteralAtomContext c) {
      return new Pattern.Literal(Spans.unquote(c.literal.getText()), span);
    }
    if (ctx instanceof ClaimsParser.RefAtomContext c) {
      return new Pattern.Ref(spans.name(c.ref), span);
    }
    if (ctx instanceof ClaimsParser.GroupAtomContext c) {
      return pattern(Incomplete.require(c.pattern()));
    }
    if (ctx instanceof ClaimsParser.RegexAtomContext c) {
      return new Pattern.RegexTest(regexBody(c.regex.getText()), span);
    }
    if (ctx instanceof ClaimsParser.NotAtomContext c) {
      return new Pattern.Not(atom(Incomplete.require(c.negated)), span);
    }
    if (ctx instanceof ClaimsParser.PosAtomContext c) {
      return new Pattern.PosTest(spans.name(c.key), spans.name(Incomplete.require(c.tag)), span);
    }
    if (ctx instanceof ClaimsParser.StartAnchorContext) {
      return new Pattern.Anchor(true, span);
    }
    if (ctx instanceof ClaimsParser.EndAnchorContext) {
      return new Pattern.Anchor(false, span);
    }
    if (ctx instanceof ClaimsParser.GapAtomContext c) {
      return gap(c, span);
    }
    throw Incomplete.hole();
  }

  private static Pattern gap(ClaimsParser.GapAtomContext c, SourceSpan span) {
    if (c.LBRACE() == null) {
      return new Pattern.Gap(0, Pattern.Repeat.UNBOUNDED, span);
    }
    int min = Integer.parseInt(Incomplete.require(c.min).getText());
    int max = Integer.parseInt(Incomplete.require(c.max).getText());
    return new Pattern.Gap(min, max, span);
  }

  /** {@code /a\/b/} → {@code a/b}: only the escaped slash is the language's; the rest is Java regex. */
  private static String regexBody(String token) {
    return token.substring(1, token.length() - 1).replace("\\/", "/");
  }
}
