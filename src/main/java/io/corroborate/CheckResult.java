package io.corroborate;

import java.util.List;

/**
 * The outcome of checking rule files without compiling them.
 *
 * @param rendered the problems for people: location, message, source line, caret, help
 */
public record CheckResult(List<Problem> problems, String rendered) {
  public CheckResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.stream().noneMatch(p -> p.severity().equals("error"));
  }
}
