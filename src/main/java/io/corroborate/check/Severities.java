package io.corroborate.check;

import io.corroborate.lang.ast.Name;
import io.corroborate.source.ErrorCode;
import java.util.List;

/** The severities rules and findings may carry. */
public final class Severities {
  public static final List<String> ALL = List.of("info", "low", "medium", "high", "critical");

  private Severities() {}

  static void check(CheckContext ctx, Name severity) {
    if (severity != null && !ALL.contains(severity.text())) {
      ctx.error(ErrorCode.C015, severity.span(), "unknown severity `" + severity.text() + "`",
          DidYouMean.help(severity.text(), ALL) != null ? DidYouMean.help(severity.text(), ALL)
              : "severities are " + String.join(", ", ALL));
    }
  }
}
