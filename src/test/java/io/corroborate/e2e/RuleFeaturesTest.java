package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.ReportContract;
import io.corroborate.RuleSet;
import io.corroborate.Verdict;
import io.corroborate.report.ReportJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Language features seen from the report: overrides, counts in rules, and agreement policies. */
class RuleFeaturesTest {
  private static final String RULES = """
      lexicon Victims { people, residents }
      claim Evacuated(group: Victims) value count: QUANTITY {
        pattern count:QUANTITY group:Victims "were" "evacuated"
      }
      claim Ceded() value regions: TEXT {
        pattern "give" "up" regions:(Cap ("and" Cap)*)
      }
      agree Ceded when regions contains

      override Evacuated SINGLE_SOURCE as UNCONFIRMED severity medium
      override Evacuated CORROBORATED off

      rule "widely reported" severity info
        when a: Evacuated, sources(a) >= 3
        then verdict WIDELY_REPORTED "{a.count} {a.group} in {a.source}"
      """;

  private static Report evaluate(String... texts) throws Exception {
    RuleSet rules = Corroborate.compileText("features.claims", RULES);
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new Document("d" + i, "Outlet " + i, null, null, texts[i]));
    }
    Report report = rules.evaluate(docs);
    ReportContract.assertValid(ReportJson.write(report)); // rule-defined labels and overrides are in the contract
    return report;
  }

  private static List<String> labels(Report report, String kind) {
    return report.verdicts().stream().filter(v -> v.claim().equals(kind)).map(Verdict::verdict).toList();
  }

  @Test
  void overridesRenameAndSilenceBuiltInVerdicts() throws Exception {
    Report single = evaluate("Forty residents were evacuated.");
    Verdict v = single.verdicts().get(0);
    assertThat(v.verdict()).isEqualTo("UNCONFIRMED");
    assertThat(v.severity()).isEqualTo("medium");
    assertThat(v.rule()).startsWith("builtin SINGLE_SOURCE (overridden at features.claims:10:1)");

    Report two = evaluate("Forty residents were evacuated.", "40 residents were evacuated.");
    assertThat(labels(two, "Evacuated")).isEmpty();
  }

  @Test
  void countsReadTheKeysSummary() throws Exception {
    assertThat(labels(evaluate("40 people were evacuated.", "40 people were evacuated."), "Evacuated"))
        .doesNotContain("WIDELY_REPORTED");
    Report three = evaluate("40 people were evacuated.", "40 people were evacuated.", "About 40 people were evacuated.");
    assertThat(labels(three, "Evacuated")).containsOnly("WIDELY_REPORTED");
    assertThat(three.verdicts()).hasSize(3); // the rule fires once per claim of the key
  }

  @Test
  void containsLetsNestedSetsAgree() throws Exception {
    assertThat(labels(evaluate("Kyiv will give up Donbas and Crimea.", "They say Kyiv will give up Crimea."), "Ceded"))
        .containsExactly("CORROBORATED");
    assertThat(labels(evaluate("They would give up Donbas and Crimea.", "They would give up Kherson."), "Ceded"))
        .containsExactly("CONFLICTING");
  }
}
