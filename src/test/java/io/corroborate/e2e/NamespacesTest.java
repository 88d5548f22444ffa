package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Claim;
import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.ReportContract;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import io.corroborate.Verdict;
import io.corroborate.report.ReportJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ruleset namespaces: two rulesets may declare the same names; a plain name means the referring file's
 * own, `alpha.Victims` names another's, and a plain name that could be either is an error.
 */
class NamespacesTest {
  private static final Path DIR = Path.of("src/test/resources/namespaces");

  @Test
  void sameNamesInTwoRulesetsStayApart() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(DIR.resolve("beta.claims")));
    assertThat(rules.claimKinds()).containsExactlyInAnyOrder("alpha.Count", "beta.Count");
    Report report = rules.evaluate(List.of(
        Document.of("a", "120 people were hurt."),
        Document.of("b", "200 residents were evacuated."),
        Document.of("c", "300 people and residents were evacuated.")));
    assertThat(report.claims()).extracting(c -> c.document() + " " + c.kind() + " " + c.key()).containsExactly(
        "a alpha.Count group=people", "b beta.Count group=residents", "c beta.Count group=residents");
    assertThat(report.verdicts()).extracting(Verdict::verdict).contains("MANY", "MANY_ALPHA");
    assertThat(report.verdicts()).filteredOn(v -> v.verdict().equals("MANY_ALPHA"))
        .allSatisfy(v -> assertThat(v.claim()).isEqualTo("alpha.Count"));
    assertThat(report.claims()).extracting(Claim::kind).doesNotContain("Count");
    ReportContract.assertValid(ReportJson.write(report)); // qualified kinds are in the contract
  }

  @Test
  void aPlainNameFromAFileOutsideBothIsAmbiguous() {
    assertThatThrownBy(() -> Corroborate.compile(List.of(DIR.resolve("ambiguous.claims"))))
        .isInstanceOfSatisfying(RuleSetException.class, e -> {
          assertThat(e.problems()).extracting(Problem::code).containsOnly("C026");
          assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3, 5);
          assertThat(e.rendered()).contains("`Victims` is declared in several rulesets")
              .contains("write one of `alpha.Victims`, `beta.Victims`");
        });
  }

  @Test
  void withoutClashesNamesStayPlain() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(DIR.resolve("alpha.claims")));
    assertThat(rules.claimKinds()).containsExactly("Count");
  }
}
