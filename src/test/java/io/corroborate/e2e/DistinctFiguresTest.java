package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic rules' {@code distinct beyond 33%}: figures of one coarse key too far apart to be one fact are
 * separate facts, each judged on its own; close figures still disagree; a toll rising across days is an update.
 * Fictional outlets and events.
 */
class DistinctFiguresTest {
  private static RuleSet rules;

  @BeforeAll
  static void compile() throws Exception {
    rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
  }

  private static Document doc(String id, String published, String text) {
    return new Document(id, "Outlet " + id, published, null, text);
  }

  private static List<String> verdicts(Report report) {
    return report.verdicts().stream().filter(v -> v.speaker() == null && v.claim().equals("Casualties"))
        .map(v -> v.verdict() + " " + v.key()).toList();
  }

  @Test
  void farApartFiguresAreSeparateFactsAndCloseOnesStillConflict() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Three people were killed in the morning raid."),
        doc("b", null, "Three people were killed, the police said."),
        doc("c", null, "89 people were killed."),
        doc("d", null, "At the end of the night, 90 people were killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder(
        "CORROBORATED who=people, harm=killed, figures=3",
        "CONFLICTING who=people, harm=killed, figures=89-90");
  }

  @Test
  void figuresWithinAThirdAreOneFact() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Twelve people were killed."),
        doc("b", null, "15 people were killed.")));
    assertThat(verdicts(report)).containsExactly("CONFLICTING who=people, harm=killed");
  }

  @Test
  void aHedgedFigureIsGroupedByTheFigureItNames() {
    // "at least 80" admits 129, but an outlet that names 80 is most often counting something else (one site)
    Report report = rules.evaluate(List.of(
        doc("a", null, "At least 80 people were killed."),
        doc("b", null, "129 people were killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("SINGLE_SOURCE who=people, harm=killed, figures=80",
        "SINGLE_SOURCE who=people, harm=killed, figures=129");
  }

  @Test
  void aFigureOfAnotherYearIsBackgroundNotAConflict() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "In 2031, 12 people were killed in the blast."),
        doc("b", null, "12 people were killed in the blast in 2031."),
        doc("c", null, "Eleven people were killed in a similar blast in 1998.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("CORROBORATED who=people, harm=killed",
        "SINGLE_SOURCE who=people, harm=killed, year=1998");
  }

  @Test
  void aTollRisingAcrossDaysIsAnUpdateNotTwoFacts() {
    Report report = rules.evaluate(List.of(
        doc("a", "2031-03-14", "Four people were killed."),
        doc("b", "2031-03-15", "Nine people were killed."),
        doc("c", "2031-03-15", "Nine people were killed.")));
    assertThat(verdicts(report)).containsExactly("SUPERSEDED who=people, harm=killed");
  }

  @Test
  void aFigureWithoutItsPlaceJoinsTheNearPlaceReportedBySeveralOutlets() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "128 people were killed in Velor. 89 people were killed at the Lumen hall."),
        doc("b", null, "130 people were killed in Velor."),
        doc("c", null, "127 people were killed.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=killed, place=velor"));
  }

  @Test
  void aFigureWithoutItsPlaceDoesNotJoinAPlaceOnlyOneOutletGivesAnotherFigureFor() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Seven people were killed in Marl."),
        doc("b", null, "Nine people were killed.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("b")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=killed"));
  }
}
