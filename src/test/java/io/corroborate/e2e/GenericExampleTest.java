package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Attribution;
import io.corroborate.Corroborate;
import io.corroborate.Report;
import io.corroborate.Verdict;
import io.corroborate.input.DocumentReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/generic: the generic rules' update, misquote and paraphrase handling on invented reports. */
class GenericExampleTest {
  private static Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    DocumentReader.Result input = Corroborate.readDocuments(List.of(Path.of("examples/generic")));
    report = Corroborate.compile(List.of(Path.of("rules/news.claims"))).evaluate(input.documents(), input.problems());
    io.corroborate.ReportContract.assertValid(io.corroborate.report.ReportJson.write(report));
  }

  private static Verdict verdict(String kind) {
    return report.verdicts().stream().filter(v -> v.claim().equals(kind) && v.speaker() == null).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " verdict: " + report.verdicts()));
  }

  @Test
  void aRisingTollIsSupersededNotConflicting() {
    Verdict toll = verdict("Casualties");
    assertThat(toll.verdict()).isEqualTo("SUPERSEDED");
    assertThat(toll.message()).startsWith("later reports supersede earlier ones: latest, as of 2031-03-15: 6");
    assertThat(report.claims()).filteredOn(c -> c.kind().equals("Casualties"))
        .extracting(c -> c.document() + "@" + c.asOf())
        .containsExactlyInAnyOrder("bay-courier@2031-03-14", "harbour-post@2031-03-15", "the-wire@2031-03-15");
  }

  @Test
  void aChangedWordInAQuoteIsAMisquoteNamingTheWords() {
    Verdict quote = verdict("Quote");
    assertThat(quote.verdict()).isEqualTo("MISQUOTE");
    assertThat(quote.severity()).isEqualTo("high");
    assertThat(quote.message()).contains("Coastal Times has \u201cforty\u201d \u2192 \u201ctwenty\u201d (against Bay Courier, Harbour Post)");
    assertThat(quote.attributions()).extracting(Attribution::speaker).containsOnly("Ines Dalgard");
    assertThat(report.verdicts()).filteredOn(v -> v.claim().equals("Quote")).hasSize(1);
  }

  @Test
  void wordsAndDigitsAgree() {
    Verdict passengers = report.verdicts().stream().filter(v -> v.key().equals("what=passengers")).findFirst().orElseThrow();
    assertThat(passengers.verdict()).isEqualTo("CORROBORATED");
    assertThat(passengers.attributions()).anySatisfy(a -> assertThat(a.text()).startsWith("Three hundred and twenty"));
  }

  @Test
  void aFigureWithoutItsPlaceJoinsThePlaceWhoseFigureItMatches() throws Exception {
    Report places = Corroborate.compile(List.of(Path.of("rules/news.claims"))).evaluate(List.of(
        new io.corroborate.Document("a", "Outlet A", null, null,
            "Nine people were killed at the Marlow station. Three people were killed at the Fenwick market."),
        new io.corroborate.Document("b", "Outlet B", null, null, "Nine people were killed, police said.")));
    assertThat(places.claims()).filteredOn(c -> c.document().equals("b")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=killed, place=marlow"));
    assertThat(places.verdicts()).filteredOn(v -> v.speaker() == null)
        .extracting(v -> v.verdict() + " " + v.key())
        .containsExactlyInAnyOrder("CORROBORATED who=people, harm=killed, place=marlow",
            "SINGLE_SOURCE who=people, harm=killed, place=fenwick");
  }

  @Test
  void differentAreasConflict() {
    assertThat(verdict("Extent").verdict()).isEqualTo("CONFLICTING");
  }
}
