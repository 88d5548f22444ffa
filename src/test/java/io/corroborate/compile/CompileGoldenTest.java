package io.corroborate.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.Corroborate;
import io.corroborate.Golden;
import io.corroborate.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every good rule file under golden/compile compiles with no diagnostic at all (a Drools error after a
 * passing check is our bug) and generates exactly the stored DRL.
 */
class CompileGoldenTest {
  static Stream<Path> ruleFiles() throws Exception {
    return Golden.inputs("compile", ".claims").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void generatedRulesMatchGolden(Path ruleFile) throws Exception {
    RuleSet rules = Corroborate.compile(List.of(ruleFile));
    assertTrue(rules.warnings().isEmpty(), () -> "unexpected warnings: " + rules.warnings());
    Golden.assertMatches(Golden.sibling(ruleFile, ".drl"), rules.generatedRules());
  }
}
