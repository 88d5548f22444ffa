package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Evaluation;
import io.corroborate.PreparedDocument;
import io.corroborate.Report;
import io.corroborate.ReportContract;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import io.corroborate.StructuredClaim;
import io.corroborate.Verdict;
import io.corroborate.report.ReportHtml;
import io.corroborate.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The README's "Embedding" example, as written there, plus the promises it makes. */
class EmbeddingExampleTest {

  @Test
  void readmeExampleRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains("Corroborate.compile(List.of(Path.of(\"examples/harbour/harbour.claims\")))");

    RuleSet rules = Corroborate.compile(List.of(Path.of("examples/harbour/harbour.claims")));  // once
    List<Document> documents = List.of(                                                         // per request
        new Document("a", "Outlet A", null, null, "Twelve firefighters were injured, the chief said."),
        new Document("b", "Outlet B", null, null, "12 firefighters were injured in the fire."));
    Report report = rules.evaluate(documents);
    List<String> lines = new ArrayList<>();
    for (Verdict v : report.verdicts()) {
      lines.add(v.verdict() + " " + v.claim() + " " + v.key());
    }
    String json = ReportJson.write(report);
    String html = ReportHtml.render(report, documents);
    ReportContract.assertValid(json);
    assertThat(lines).contains("CORROBORATED Injured group=firefighters");
    assertThat(json).contains("\"schemaVersion\" : 1");
    assertThat(readme).contains("ReportHtml.render(report, documents)");
    assertThat(html).contains("<mark>Twelve firefighters were injured</mark>, the chief said.");

    assertThat(readme).contains("StructuredClaim.of(\"Injured\", Map.of(\"group\", \"fire fighters\"), \"12\", \"Wire Service\", null)",
        "prepared.add(pool.submit(() -> rules.prepare(d)));", "try (Evaluation evaluation = rules.newEvaluation()) {");
    // structured claims (kind, key slots, value, outlet, speaker), judged by the same rules
    Report fromClaims = rules.evaluateClaims(List.of(
        StructuredClaim.of("Injured", Map.of("group", "fire fighters"), "12", "Wire Service", null),
        StructuredClaim.of("Injured", Map.of("group", "firefighters"), "about 12", "Evening Post", "Chief Reyes")));

    // both in one evaluation: prepare documents on several threads, add them in the order to report
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Document> batch = List.of(
        new Document("c", "Outlet C", null, null, "Fire crews said 12 firefighters were hurt."),
        new Document("d", "Outlet D", null, null, "Officials said 30 firefighters were injured."));
    List<Future<PreparedDocument>> prepared = new ArrayList<>();
    for (Document d : batch) {
      prepared.add(pool.submit(() -> rules.prepare(d)));
    }
    Report mixed;
    try (Evaluation evaluation = rules.newEvaluation()) {
      for (Future<PreparedDocument> p : prepared) {
        evaluation.add(p.get());
      }
      evaluation.add(StructuredClaim.of("Injured", Map.of("group", "firefighters"), "12", "Wire Service", null));
      mixed = evaluation.finish();
    }
    pool.shutdown();

    Verdict agreed = fromClaims.verdicts().get(0);
    assertThat(agreed.verdict() + " " + agreed.key()).isEqualTo("CORROBORATED group=firefighters");
    assertThat(agreed.attributions()).extracting(a -> a.source() + "/" + a.speaker())
        .containsExactlyInAnyOrder("Wire Service/null", "Evening Post/Dana Reyes");
    assertThat(mixed.verdicts()).extracting(Verdict::verdict).contains("CONFLICTING");
    assertThat(mixed.claims()).extracting(c -> c.source()).containsExactlyInAnyOrder("Outlet C", "Outlet D", "Wire Service");
  }

  @Test
  void structuredClaimsGetTheSameVerdictsAsTheSameClaimsInText() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(Path.of("examples/harbour/harbour.claims")));
    Report fromText = rules.evaluate(List.of(
        new Document("a", "Outlet A", null, null, "Roughly 40 people were evacuated."),
        new Document("b", "Outlet B", null, null, "Some 44 residents were evacuated.")));
    Report fromClaims = rules.evaluateClaims(List.of(
        StructuredClaim.of("Evacuated", Map.of(), "roughly 40", "Outlet A", null),
        StructuredClaim.of("Evacuated", Map.of(), "some 44", "Outlet B", null)));
    assertThat(fromClaims.verdicts()).extracting(v -> v.claim() + " " + v.key() + " " + v.verdict() + " " + v.message())
        .isEqualTo(fromText.verdicts().stream().map(v -> v.claim() + " " + v.key() + " " + v.verdict() + " " + v.message())
            .toList());
  }

  @Test
  void claimsThatDoNotFitTheRulesSayWhy() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(Path.of("examples/harbour/harbour.claims")));
    try {
      rules.evaluateClaims(List.of(
          StructuredClaim.of("Injured", Map.of("group", "firefighters"), "12", "A", null),
          StructuredClaim.of("Injurd", Map.of(), "12", "A", null),
          StructuredClaim.of("Injured", Map.of("grp", "firefighters"), "many", null, null),
          StructuredClaim.of("Injured", Map.of("group", "pilots"), "3", "A", null),
          StructuredClaim.of("Duration", Map.of(), "12 firefighters", "A", null)));
      throw new AssertionError("expected an IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage().split("\n")).containsExactly(
          "claims[1]: unknown claim kind `Injurd`; the rule set's kinds: Injured, Evacuated, Destroyed, Damaged, Duration",
          "claims[2]: claim Injured: no key slot `grp` (key slots: group); key slot `group` (Victims) is missing;"
              + " `many` is not a QUANTITY (slot `count`); the claim needs a `source` (the outlet) or a `document`",
          "claims[3]: claim Injured: `pilots` is not in lexicon Victims (slot `group`; e.g. firefighters, residents)",
          "claims[4]: claim Duration: `12 firefighters` is not a QUANTITY[duration] (slot `time`)");
    }
  }

  @Test
  void oneRuleSetServesManyThreads() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(Path.of("examples/harbour/harbour.claims")));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = 10 + i;
        answers.add(pool.submit(() -> {
          Report r = rules.evaluate(List.of(
              new Document("a" + n, "A", null, null, n + " firefighters were injured."),
              new Document("b" + n, "B", null, null, n + " firefighters were hurt.")));
          return r.verdicts().get(0).verdict() + " " + r.verdicts().get(0).attributions().get(0).value().text();
        }));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).isEqualTo("CORROBORATED " + (10 + i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidRulesThrowWithEveryProblem() {
    try {
      Corroborate.compileText("inline.claims", "claim X() value n: QUANTITY { pattern n:QUANTITY Nope }\nagree Y when n equals");
      throw new AssertionError("expected a RuleSetException");
    } catch (RuleSetException e) {
      assertThat(e.problems()).extracting(p -> p.code() + "@" + p.line() + ":" + p.column())
          .containsExactly("C001@1:50", "C010@2:7");
      assertThat(e.rendered()).contains("inline.claims:1:50: error[C001]: unknown lexicon or named pattern `Nope`");
    }
  }
}
