package io.corroborate.compile;

import io.corroborate.source.SourceSpan;
import java.util.List;
import java.util.Map;

/**
 * The output of DRL generation: the rule text, the tables rule consequences index into, the finding
 * pattern tests (index = test number), per generated rule name where in the rule files it came from, and
 * per claim kind the index of the agreement rules that summarize it (set on its claims and key facts), and
 * per built-in rule name what its consequence does (run as Java, {@link BuiltinConsequences}).
 */
public record GeneratedRules(String drl, List<CustomRule> customRules, List<FindingRule> findings,
    List<FindingTest> findingTests, Map<String, SourceSpan> origins, Map<String, Integer> agreements,
    Map<String, BuiltinRule> builtins) {
  public GeneratedRules {
    customRules = List.copyOf(customRules);
    findings = List.copyOf(findings);
    findingTests = List.copyOf(findingTests);
    origins = Map.copyOf(origins);
    agreements = Map.copyOf(agreements);
    builtins = Map.copyOf(builtins);
  }

  public GeneratedRules(String drl, List<CustomRule> customRules, List<FindingRule> findings,
      List<FindingTest> findingTests, Map<String, SourceSpan> origins) {
    this(drl, customRules, findings, findingTests, origins, Map.of(), Map.of());
  }

  /** The agreement rule index for claims of {@code kind}. */
  public int agreement(String kind) {
    Integer index = agreements.get(kind);
    if (index == null) {
      throw new IllegalArgumentException("no claim kind `" + kind + "` in these rules");
    }
    return index;
  }
}
