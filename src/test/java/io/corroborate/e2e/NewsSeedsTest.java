package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Attribution;
import io.corroborate.Claim;
import io.corroborate.Finding;
import io.corroborate.Report;
import io.corroborate.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference case with no rule file of its own: the bundled generic rules (rules/news.claims) over the
 * five real articles in ../shared/seeds. Nothing in the rules or the code names these articles.
 */
class NewsSeedsTest {
  private static SeedsRun seeds;
  private static Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    seeds = SeedsRun.evaluate(Path.of("rules/news.claims"));
    report = seeds.report();
    io.corroborate.ReportContract.assertValid(io.corroborate.report.ReportJson.write(report));
  }

  private static String doc(String prefix) {
    return seeds.doc(prefix);
  }

  @Test
  void zelenskysElevenThousandTroopsAreCorroboratedByFourOutlets() {
    Verdict zelensky = report.verdicts().stream()
        .filter(v -> v.claim().equals("Count") && "Volodymyr Zelensky".equals(v.speaker()))
        .findFirst().orElseThrow(() -> new AssertionError("no verdict for Zelensky's figure: " + report.verdicts()));
    assertThat(zelensky.verdict()).isEqualTo("CORROBORATED");
    assertThat(zelensky.key()).contains("what=north korean troops");
    assertThat(zelensky.attributions()).extracting(Attribution::document)
        .containsOnly(doc("000"), doc("001"), doc("002"), doc("004"))
        .contains(doc("000"), doc("001"), doc("002"), doc("004"));
    assertThat(zelensky.attributions()).allSatisfy(a -> assertThat(a.value().low()).isEqualTo(11000.0));
    // "soldiers" in three outlets, "troops" in 004: one key
    assertThat(zelensky.attributions()).anySatisfy(a -> assertThat(a.text()).contains("troops"));
    assertThat(zelensky.attributions()).anySatisfy(a -> assertThat(a.text()).contains("soldiers"));
  }

  @Test
  void theAreaHeldInKurskConflicts() {
    Verdict area = report.verdicts().stream()
        .filter(v -> v.claim().equals("AreaControlled") && v.speaker() == null).findFirst().orElseThrow();
    assertThat(area.verdict()).isEqualTo("CONFLICTING");
    assertThat(area.attributions()).extracting(a -> a.document() + ":" + a.value().text())
        .containsExactly(doc("000") + ":250", doc("004") + ":300");
  }

  @Test
  void atLeastThirtyCasualtiesIsSingleSource() {
    Verdict casualties = report.verdicts().stream()
        .filter(v -> v.claim().equals("Casualties") && v.speaker() == null).findFirst().orElseThrow();
    assertThat(casualties.verdict()).isEqualTo("SINGLE_SOURCE");
    assertThat(casualties.attributions()).singleElement().satisfies(a -> {
      assertThat(a.document()).isEqualTo(doc("003"));
      assertThat(a.value().qualifier()).isEqualTo("at least");
      assertThat(a.value().low()).isEqualTo(30.0);
    });
  }

  @Test
  void theQuoteReportedByTwoOutletsIsOneConsistentQuote() {
    List<Verdict> quotes = report.verdicts().stream()
        .filter(v -> v.claim().equals("Quote") && v.attributions().stream().anyMatch(a -> a.text().contains("Eleven thousand")))
        .toList();
    assertThat(quotes).singleElement().satisfies(v -> {
      assertThat(v.verdict()).isEqualTo("CORROBORATED");
      assertThat(v.attributions()).extracting(Attribution::document).containsExactlyInAnyOrder(doc("000"), doc("001"));
      assertThat(v.attributions()).extracting(Attribution::speaker).containsOnly("Volodymyr Zelensky");
    });
    assertThat(report.verdicts()).noneMatch(v -> v.verdict().equals("MISQUOTE"));
  }

  @Test
  void promoBioAndCopyrightAreFindingsNotClaims() {
    List<Finding> noise = List.of(seeds.finding(doc("004"), "UNRELATED_LINE", "Kyrsten Sinema"),
        seeds.finding(doc("000"), "AUTHOR_BIO", "is a writer"),
        seeds.finding(doc("000"), "COPYRIGHT", "All rights reserved"));
    for (Finding f : noise) {
      assertThat(report.claims()).noneMatch(c -> c.document().equals(f.document())
          && c.start() < f.end() && f.start() < c.end());
    }
  }

  @Test
  void everyClaimQuotesItsSourceExactly() {
    for (Claim c : report.claims()) {
      assertThat(seeds.text(c.document()).substring(c.start(), c.end())).isEqualTo(c.text());
    }
    assertThat(report.diagnostics()).isEmpty();
  }

}
