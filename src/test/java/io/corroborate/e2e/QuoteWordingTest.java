package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two outlets quoting one speaker in their own house style: British or American spelling and an editor's
 * bracketed words are the same quote; a changed word is still a misquote. Invented reports, generic rules.
 */
class QuoteWordingTest {
  private static RuleSet rules;

  @BeforeAll
  static void compile() throws Exception {
    rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
  }

  private static Verdict quoteVerdict(String a, String b) {
    Report report = rules.evaluate(List.of(
        new Document("a", "Outlet A", "2031-03-14", null, a),
        new Document("b", "Outlet B", "2031-03-14", null, b)));
    List<Verdict> quotes = report.verdicts().stream().filter(v -> v.claim().equals("Quote")).toList();
    assertThat(quotes).as("one quote verdict in %s", report.verdicts()).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void britishAndAmericanSpellingsAreTheSameQuote() {
    Verdict v = quoteVerdict(
        "\"The evacuation was organised with honour and the harbour centre was defended,\" Mayor Ines Dalgard said.",
        "\"The evacuation was organized with honor and the harbor center was defended,\" Mayor Ines Dalgard said.");
    assertThat(v.verdict()).isEqualTo("CORROBORATED");
    assertThat(v.attributions()).extracting(a -> a.text())
        .anySatisfy(t -> assertThat(t).contains("organised"))
        .anySatisfy(t -> assertThat(t).contains("organized"));
  }

  @Test
  void anEditorsInsertionOrStandInIsTheSameQuote() {
    assertThat(quoteVerdict(
        "\"The fire was an act of negligence committed by (the company's) managers,\" Mayor Ines Dalgard said.",
        "\"The fire was an act of negligence committed by managers,\" Mayor Ines Dalgard said.").verdict())
        .isEqualTo("CORROBORATED");
    assertThat(quoteVerdict(
        "\"We know [he] stayed on the bridge until the last passenger was off,\" Mayor Ines Dalgard said.",
        "\"We know the captain stayed on the bridge until the last passenger was off,\" Mayor Ines Dalgard said.")
        .verdict()).isEqualTo("CORROBORATED");
  }

  @Test
  void aBritishExcerptOfAnAmericanPassageAgreesWithIt() {
    Verdict v = quoteVerdict(
        "Mayor Ines Dalgard said the fire was \"organised and planned from the harbour\".",
        "The fire was \"an act of sabotage that was prepared, organized and planned from the harbour (of Marlow)\","
            + " Mayor Ines Dalgard said.");
    assertThat(v.verdict()).isEqualTo("CORROBORATED");
  }

  @Test
  void aChangedWordIsStillAMisquoteNamedInTheOutletsWords() {
    Verdict v = quoteVerdict(
        "\"The evacuation was organised by (the port's) defence teams, who took appropriate decisions,\" Mayor Ines Dalgard said.",
        "\"The evacuation was organized by defense teams, who took appropriate action,\" Mayor Ines Dalgard said.");
    assertThat(v.verdict()).isEqualTo("MISQUOTE");
    assertThat(v.message()).contains("Outlet B has \u201cdecisions\u201d \u2192 \u201caction\u201d (against Outlet A)")
        .doesNotContain("organi").doesNotContain("defen").doesNotContain("port's");
  }

  @Test
  void structuredQuotesAreComparedAsTheirWordsToo() {
    Report report = rules.evaluateClaims(List.of(
        new io.corroborate.StructuredClaim("Quote", java.util.Map.of(),
            "The evacuation was organised, and the centre held.", "Outlet A", "Ines Dalgard", null, null, null, null, null),
        new io.corroborate.StructuredClaim("Quote", java.util.Map.of(),
            "the evacuation was organized and the center held", "Outlet B", "Ines Dalgard", null, null, null, null, null)));
    assertThat(report.verdicts()).filteredOn(v -> v.claim().equals("Quote")).singleElement()
        .satisfies(v -> assertThat(v.verdict()).isEqualTo("CORROBORATED"));
  }

  @Test
  void renderingsOfOneSentenceAreOneQuoteAndAnExcerptAgreesWithItsOwnRendering() {
    Report report = rules.evaluate(List.of(
        new Document("a", "Outlet A", "2031-03-14", null, "\"It is an act of sabotage that was prepared, organized and"
            + " planned from the coast by a criminal network, with help from inside which the inquiry will establish,\""
            + " Mayor Ines Dalgard said."),
        new Document("b", "Outlet B", "2031-03-14", null, "The fire was \"an act of sabotage committed by rivals that was prepared,"
            + " organized and planned from the harbour (of Marlow)\", Mayor Ines Dalgard said."),
        new Document("c", "Outlet C", "2031-03-14", null,
            "Mayor Ines Dalgard said the fire was \"organised and planned from the harbour\"."),
        new Document("d", "Outlet D", "2031-03-14", null, "\"This act of sabotage was prepared and planned from the coast,"
            + " with helpers inside,\" Mayor Ines Dalgard said. \"And when faced with sabotage, the town must take firm"
            + " decisions,\" she added.")));
    List<Verdict> quotes = report.verdicts().stream().filter(v -> v.claim().equals("Quote")).toList();
    assertThat(quotes).filteredOn(v -> v.attributions().stream().anyMatch(a -> a.document().equals("c")))
        .singleElement().satisfies(v -> {
          assertThat(v.verdict()).isEqualTo("MISQUOTE");
          assertThat(v.attributions()).extracting(a -> a.document()).containsExactlyInAnyOrder("a", "b", "c", "d");
          assertThat(v.message()).doesNotContain("Outlet C has"); // the excerpt agrees with its outlet's rendering
        });
    assertThat(report.claims()).filteredOn(c -> c.value().text().contains("firm decisions")).singleElement()
        .satisfies(c -> assertThat(c.key()).contains("and when faced"));
  }

  @Test
  void twoSentencesOpeningAlikeAreTwoPassagesEachJudgedOnItsOwn() {
    String committed = "\"It is an act of sabotage that was committed by a rival fleet, a pirate fleet, against our port,\"";
    String prepared = "\"It is an act of sabotage that was prepared, organized and planned from the coast, with help"
        + " from inside,\"";
    Report report = rules.evaluate(List.of(
        new Document("a", "Outlet A", "2031-03-14", null, committed + " Mayor Ines Dalgard said. " + prepared + " she added."),
        new Document("b", "Outlet B", "2031-03-14", null, committed + " Mayor Ines Dalgard said. " + prepared + " she added.")));
    List<Verdict> quotes = report.verdicts().stream().filter(v -> v.claim().equals("Quote")).toList();
    assertThat(quotes).extracting(Verdict::verdict).containsExactly("CORROBORATED", "CORROBORATED");
    assertThat(quotes).extracting(Verdict::key).doesNotHaveDuplicates()
        .anyMatch(k -> k.contains("was committed")).anyMatch(k -> k.contains("was prepared"));
  }

  @Test
  void aPassageSeveralOutletsLeaveUnattributedTakesTheSpeakerAnotherNames() {
    Report report = rules.evaluate(List.of(
        new Document("a", "Outlet A", "2031-03-14", null,
            "\"There is no record of the ship leaving the harbour,\" said the harbour official."),
        new Document("b", "Outlet B", "2031-03-14", null,
            "The ship vanished. \"There is no record of the ship leaving the harbour.\""),
        new Document("c", "Outlet C", "2031-03-14", null,
            "Nobody knows where it went: \"no record of the ship leaving the harbour\".")));
    List<Verdict> quotes = report.verdicts().stream().filter(v -> v.claim().equals("Quote")).toList();
    assertThat(quotes).singleElement().satisfies(v -> {
      assertThat(v.verdict()).isEqualTo("CORROBORATED");
      assertThat(v.key()).contains("speaker=harbour official");
      assertThat(v.attributions()).extracting(a -> a.document()).containsExactlyInAnyOrder("a", "b", "c");
    });
    assertThat(report.claims()).filteredOn(c -> !c.document().equals("a")).allMatch(c -> c.speaker() == null);
  }

  @Test
  void oneOutletsUnattributedCopyOfOneOutletsNamedQuoteMakesNoVerdictOfItsOwn() {
    Report report = rules.evaluate(List.of(
        new Document("a", "Outlet A", "2031-03-14", null,
            "\"There is no record of the ship leaving the harbour,\" said the harbour official."),
        new Document("b", "Outlet B", "2031-03-14", null,
            "The ship vanished. \"There is no record of the ship leaving the harbour.\"")));
    assertThat(report.verdicts()).noneMatch(v -> v.claim().equals("Quote") && v.key().contains("harbour official"));
  }

  @Test
  void overlappingCutsOfOneStatementAgree() {
    Verdict v = quoteVerdict(
        "\"We rowed all night. The harbour lights were out and the pier was gone,\" Mayor Ines Dalgard said.",
        "\"The harbour lights were out and the pier was gone. We slept on the beach,\" Mayor Ines Dalgard said.");
    assertThat(v.verdict()).isEqualTo("CORROBORATED");
  }
}
