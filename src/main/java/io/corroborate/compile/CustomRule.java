package io.corroborate.compile;

import java.util.List;

/**
 * A compiled custom rule: what its consequence reports. {@code variables} are in binding order, the
 * order the generated rule passes claims to the engine.
 */
public record CustomRule(String name, String label, String severity, String message, List<String> variables,
    RuleOrigin origin) {
  public CustomRule {
    variables = List.copyOf(variables);
  }
}
