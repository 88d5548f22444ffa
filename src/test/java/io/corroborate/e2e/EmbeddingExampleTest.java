package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.ReportContract;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import io.corroborate.Verdict;
import io.corroborate.report.ReportHtml;
import io.corroborate.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
