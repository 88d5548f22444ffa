package io.corroborate;

import java.util.List;

/** Thrown when rule files do not compile; carries every problem found, in source order. */
public final class RuleSetException extends Exception {
  private final List<Problem> problems;
  private final String rendered;

  public RuleSetException(List<Problem> problems, String rendered) {
    super(problems.size() + " problem(s) in the rule files:\n" + rendered);
    this.problems = List.copyOf(problems);
    this.rendered = rendered;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The problems as people read them: location, message, source line, caret and help. */
  public String rendered() {
    return rendered;
  }
}
