package io.corroborate.compile;

import io.corroborate.source.SourceSpan;
import java.util.List;
import java.util.Map;

/**
 * The output of DRL generation: the rule text, the tables rule consequences index into, the finding
 * pattern tests (index = test number) and, per generated rule name, where in the rule files it came from.
 */
public record GeneratedRules(String drl, List<CustomRule> customRules, List<FindingRule> findings,
    List<FindingTest> findingTests, Map<String, SourceSpan> origins) {
  public GeneratedRules {
    customRules = List.copyOf(customRules);
    findings = List.copyOf(findings);
    findingTests = List.copyOf(findingTests);
    origins = Map.copyOf(origins);
  }
}
