package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Finding;
import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.Checker;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.RuleSetCompiler;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.lang.RuleSetLoader;
import io.corroborate.text.TextAnalyzer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentence facts are made only for units some finding may hold for, and the findings stay the same. */
class SentenceFeaturesTest {
  private static final String RULES = """
      finding SHORT on sentence when words < 4
      finding SECOND on sentence when position == 1 and words > 8
      finding LOUD on line when ends ("!")
      """;
  private static final String TEXT = "The council met on Monday to discuss the harbour plans.\n"
      + "It approved the budget for the coming year.\nNo vote today!\n";

  @Test
  void onlyUnitsAFindingMayHoldForGetAFact() {
    RuleSetLoader.Result loaded = RuleSetLoader.loadText("t.claims", RULES);
    CheckedRuleSet checked = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    CompiledRuleSet rules = RuleSetCompiler.compile(checked, Optional.empty()).ruleSet();
    List<SentenceFact> facts = new SentenceFeatures(rules).facts("d", TextAnalyzer.analyze(TEXT, 0.05, null));
    // sentence 0 (ten words) is kept because "position == 1" is left to the rule engine (equality of doubles);
    // sentence 1 has eight words, so SECOND cannot hold; sentence 2 is short; only line 2 (from 0) ends with "!"
    assertThat(facts).extracting(f -> (f.isLine() ? "line " : "sentence ") + f.getIndex())
        .containsExactly("sentence 0", "sentence 2", "line 2");
  }

  @Test
  void theFindingsAreThoseOfTheRules() throws Exception {
    List<Finding> findings = Corroborate.compileText("t.claims", RULES)
        .evaluate(List.of(new Document("d", "Outlet", null, null, TEXT))).findings();
    assertThat(findings).extracting(Finding::type, Finding::text)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SHORT", "No vote today!"),
            org.assertj.core.groups.Tuple.tuple("LOUD", "No vote today!"));
  }
}
