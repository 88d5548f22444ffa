package io.corroborate.server;

import io.corroborate.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Problems as log lines: file:line:col: severity[code]: message. */
final class Problems {
  private Problems() {}

  static String lines(List<Problem> problems) {
    return problems.stream()
        .map(p -> "  " + p.file() + ":" + p.line() + ":" + p.column() + ": " + p.severity() + "[" + p.code() + "]: "
            + p.message())
        .collect(Collectors.joining("\n"));
  }
}
