package io.corroborate.compile;

import io.corroborate.check.CheckedRuleSet;
import io.corroborate.compile.match.LexiconTrie;
import io.corroborate.check.SlotType;
import io.corroborate.compile.match.CompiledPattern;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Everything one evaluation needs, built once: the Drools rule base, the claim matchers in file
 * order, the finding tests, and the tables rule consequences refer to. Immutable and thread-safe
 * (a KieBase is shareable; sessions are made per evaluation).
 */
public record CompiledRuleSet(
    CheckedRuleSet checked,
    GeneratedRules generated,
    KieBase kieBase,
    List<ClaimPattern> claimPatterns,
    List<CompiledPattern> findingTests,
    Map<SlotType.Base, List<LexiconTrie>> entityLexicons) {

  public CompiledRuleSet {
    claimPatterns = List.copyOf(claimPatterns);
    findingTests = List.copyOf(findingTests);
    entityLexicons = Map.copyOf(entityLexicons);
  }
}
