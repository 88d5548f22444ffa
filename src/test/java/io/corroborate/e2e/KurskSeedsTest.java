package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Attribution;
import io.corroborate.Claim;
import io.corroborate.Finding;
import io.corroborate.Report;
import io.corroborate.ReportContract;
import io.corroborate.Verdict;
import io.corroborate.report.ReportJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference case: examples/kursk/kursk.claims over the five real articles in ../shared/seeds.
 * Nothing in the code knows these articles; the behaviour comes from the rule file and the text layer.
 */
class KurskSeedsTest {
  private static SeedsRun seeds;
  private static Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    seeds = SeedsRun.evaluate(Path.of("examples/kursk"));
    report = seeds.report();
  }

  private static String doc(String prefix) {
    return seeds.doc(prefix);
  }

  private static String textOf(Attribution a) {
    return seeds.textOf(a);
  }

  @Test
  void zelenskysElevenThousandIsCorroboratedByFourOutlets() {
    Verdict zelensky = report.verdicts().stream()
        .filter(v -> v.claim().equals("TroopCount") && "Volodymyr Zelensky".equals(v.speaker()))
        .findFirst().orElseThrow(() -> new AssertionError("no verdict for Zelensky's figure: " + report.verdicts()));
    assertThat(zelensky.verdict()).isEqualTo("CORROBORATED");
    assertThat(zelensky.attributions()).extracting(Attribution::document).containsOnly(
        doc("000"), doc("001"), doc("002"), doc("004"));
    assertThat(zelensky.attributions()).extracting(Attribution::document).contains(
        doc("000"), doc("001"), doc("002"), doc("004"));
    assertThat(zelensky.attributions()).allSatisfy(a -> {
      assertThat(a.value().low()).isEqualTo(11000.0);
      assertThat(a.value().high()).isEqualTo(11000.0);
      assertThat(textOf(a)).isEqualTo(a.text());
    });
    // written in words in 000's quote, in digits elsewhere
    assertThat(zelensky.attributions()).anySatisfy(a -> assertThat(a.text()).startsWith("Eleven thousand"));
    assertThat(zelensky.attributions()).anySatisfy(a -> assertThat(a.text()).startsWith("11,000"));
  }

  @Test
  void areaHeldInKurskIsConflicting() {
    Verdict area = single("AreaHeld", null);
    assertThat(area.verdict()).isEqualTo("CONFLICTING");
    assertThat(area.attributions()).extracting(a -> a.document() + ":" + a.value().text())
        .containsExactly(doc("000") + ":250", doc("004") + ":300");
    assertThat(area.attributions().get(0).text()).contains("roughly 250 square miles");
    assertThat(area.attributions().get(1).text()).contains("some 300 square miles");
    assertThat(area.attributions()).allSatisfy(a -> assertThat(textOf(a)).isEqualTo(a.text()));
  }

  @Test
  void atLeastThirtyCasualtiesIsSingleSource() {
    Verdict casualties = single("Casualties", null);
    assertThat(casualties.verdict()).isEqualTo("SINGLE_SOURCE");
    assertThat(casualties.attributions()).singleElement().satisfies(a -> {
      assertThat(a.document()).isEqualTo(doc("003"));
      assertThat(a.text()).startsWith("at least 30");
      assertThat(a.value().low()).isEqualTo(30.0);
      assertThat(a.value().high()).isNull();
      assertThat(a.value().qualifier()).isEqualTo("at least");
    });
  }

  @Test
  void promoHeadlineAndEditorialAreFindingsNotClaims() {
    Finding promo = finding(doc("004"), "UNRELATED_LINE", "Kyrsten Sinema");
    Finding editorial = finding(doc("003"), "EDITORIAL", "Don't");
    Finding bio = finding(doc("000"), "AUTHOR_BIO", "is a writer");
    for (Finding f : List.of(promo, editorial, bio)) {
      assertThat(report.claims()).noneMatch(c -> c.document().equals(f.document())
          && c.start() < f.end() && f.start() < c.end());
    }
  }

  private static Finding finding(String document, String type, String containing) {
    return seeds.finding(document, type, containing);
  }

  private static Verdict single(String kind, String speaker) {
    List<Verdict> found = report.verdicts().stream()
        .filter(v -> v.claim().equals(kind) && java.util.Objects.equals(v.speaker(), speaker)).toList();
    assertThat(found).as("verdicts for %s", kind).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyClaimQuotesItsSourceExactly() {
    for (Claim c : report.claims()) {
      assertThat(seeds.text(c.document()).substring(c.start(), c.end())).isEqualTo(c.text());
    }
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void theJsonReportFollowsTheContract() {
    ReportContract.assertValid(ReportJson.write(report));
  }
}
