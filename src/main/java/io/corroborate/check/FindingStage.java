package io.corroborate.check;

import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.FindingExpr;
import io.corroborate.lang.ast.Name;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.List;

/** Checks findings: scope, severity, sentence attributes, patterns and message placeholders. */
final class FindingStage implements CheckStage {
  /** Boolean sentence attributes. */
  public static final List<String> FLAGS = List.of("attributed", "terminal", "repeated", "quoted", "hedged", "first", "last");
  /** Numeric sentence attributes. */
  public static final List<String> MEASURES = List.of("words", "overlap", "position", "length");
  /** What a finding message may name. */
  public static final List<String> PLACEHOLDERS = List.of("text", "document", "source", "line", "sentence");
  private static final List<String> SCOPES = List.of("sentence", "line");

  @Override
  public void run(CheckContext ctx) {
    for (FindingDecl finding : ctx.findings) {
      Severities.check(ctx, finding.severity());
      if (finding.scope() != null && !SCOPES.contains(finding.scope().text())) {
        ctx.error(ErrorCode.C020, finding.scope().span(), "unknown finding scope `" + finding.scope().text() + "`",
            "write `on sentence` or `on line`");
      }
      expr(ctx, finding.expr());
      if (finding.message() != null) {
        placeholders(ctx, finding.message());
      }
    }
  }

  private static void expr(CheckContext ctx, FindingExpr e) {
    if (e instanceof FindingExpr.Not not) {
      expr(ctx, not.inner());
    } else if (e instanceof FindingExpr.And and) {
      expr(ctx, and.left());
      expr(ctx, and.right());
    } else if (e instanceof FindingExpr.Or or) {
      expr(ctx, or.left());
      expr(ctx, or.right());
    } else if (e instanceof FindingExpr.PatternTest test) {
      PatternStage.checkFindingPattern(ctx, test.pattern());
    } else if (e instanceof FindingExpr.Flag flag) {
      known(ctx, flag.flag(), FLAGS, "a yes/no attribute");
    } else if (e instanceof FindingExpr.AttributeCompare compare) {
      known(ctx, compare.attribute(), MEASURES, "a numeric attribute");
    }
  }

  private static void known(CheckContext ctx, Name name, List<String> allowed, String what) {
    if (allowed.contains(name.text())) {
      return;
    }
    boolean otherKind = FLAGS.contains(name.text()) || MEASURES.contains(name.text());
    String help = otherKind
        ? "`" + name.text() + "` is not " + what + (FLAGS.contains(name.text()) ? "; use it alone" : "; compare it")
        : DidYouMean.help(name.text(), allowed);
    ctx.error(ErrorCode.C017, name.span(), "unknown sentence attribute `" + name.text() + "`",
        help != null ? help : what + " is one of " + String.join(", ", allowed));
  }

  private static void placeholders(CheckContext ctx, Name message) {
    for (Templates.Placeholder p : Templates.placeholders(message.text())) {
      if (!PLACEHOLDERS.contains(p.name())) {
        SourceSpan span = new SourceSpan(message.span().file(), message.span().start() + 1 + p.start(),
            Math.min(message.span().end(), message.span().start() + 1 + p.end()));
        ctx.error(ErrorCode.C007, span, "message names unknown `" + p.name() + "`",
            "a finding message may name " + String.join(", ", PLACEHOLDERS));
      }
    }
  }
}
