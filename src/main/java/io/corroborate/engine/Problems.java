package io.corroborate.engine;

import io.corroborate.Problem;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;

/** Turns diagnostics into the report's problems. */
public final class Problems {
  private Problems() {}

  public static Problem about(ErrorCode code, String origin, String message, String help) {
    return new Problem(code.severity().label(), code.code(), message, help, origin, 0, 0);
  }

  public static Problem of(Diagnostic d) {
    if (d.span() == null) {
      return new Problem(d.severity().label(), d.code(), d.message(), d.help(), d.origin(), 0, 0);
    }
    return new Problem(d.severity().label(), d.code(), d.message(), d.help(), d.span().file().name(),
        d.span().line(), d.span().column());
  }
}
