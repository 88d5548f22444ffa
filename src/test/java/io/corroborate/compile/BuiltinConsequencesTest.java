package io.corroborate.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Corroborate;
import io.corroborate.Report;
import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.Checker;
import io.corroborate.engine.Evaluator;
import io.corroborate.input.DocumentReader;
import io.corroborate.lang.RuleSetLoader;
import io.corroborate.report.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The built-in rules run Java consequences installed on the rule base; the DRL keeps their MVEL. Both must
 * report the same, with and without custom rules (all claims at once, or key batches), with speakers,
 * suppression and superseded figures.
 */
class BuiltinConsequencesTest {

  @Test
  void javaConsequencesReportWhatTheMvelOfTheDrlReports() {
    for (String example : List.of("examples/harbour", "rules")) {
      CompiledRuleSet rules = compile(Path.of(example));
      String input = example.equals("rules") ? "examples/generic" : "examples/harbour/reports";
      DocumentReader.Result documents = Corroborate.readDocuments(List.of(Path.of(input)));

      Report java = new Evaluator(rules).evaluate(documents.documents(), documents.problems());
      Report mvel = new Evaluator(withMvelConsequences(rules)).evaluate(documents.documents(), documents.problems());

      assertThat(java.verdicts()).as(example).isNotEmpty();
      assertThat(ReportJson.write(java)).as(example).isEqualTo(ReportJson.write(mvel));
    }
  }

  @Test
  void everyBuiltinRuleRunsJava() {
    CompiledRuleSet rules = compile(Path.of("examples/harbour"));
    assertThat(rules.generated().builtins()).isNotEmpty().allSatisfy((name, builtin) -> {
      RuleImpl rule = (RuleImpl) rules.kieBase().getRule(DrlGenerator.PACKAGE, name);
      assertThat(rule.getConsequence().getClass().getName()).startsWith(BuiltinConsequences.class.getName());
    });
  }

  @Test
  void aBuiltinRuleMissingFromTheRuleBaseIsABug() {
    KieBase empty = KnowledgeBaseFactory.newKnowledgeBase();
    assertThatThrownBy(() -> BuiltinConsequences.install(empty,
        Map.of("agree nothing", new BuiltinRule(BuiltinRule.Role.KEY_SUMMARY, null))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("agree nothing");
  }

  private static CompiledRuleSet compile(Path path) {
    RuleSetLoader.Result loaded = RuleSetLoader.load(List.of(path));
    CheckedRuleSet checked = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    return RuleSetCompiler.compile(checked, Optional.empty()).ruleSet();
  }

  /** The same rule set on a rule base built from its DRL alone: every consequence interpreted. */
  private static CompiledRuleSet withMvelConsequences(CompiledRuleSet rules) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    builder.add(ResourceFactory.newByteArrayResource(rules.generated().drl().getBytes(StandardCharsets.UTF_8))
        .setSourcePath(DrlGenerator.PACKAGE.replace('.', '/') + "/rules.drl"), ResourceType.DRL);
    assertThat(builder.hasErrors()).as(builder.getErrors().toString()).isFalse();
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    rules.generated().builtins().keySet().forEach(name -> assertThat(
        ((RuleImpl) base.getRule(DrlGenerator.PACKAGE, name)).getConsequence().getClass().getName()).contains("mvel"));
    return new CompiledRuleSet(rules.checked(), rules.generated(), base, rules.claimPatterns(), rules.findingTests(),
        rules.entityLexicons());
  }
}
