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
  void aVaguePluralAmongSeveralFactsSaysWhichOfThemNoneAndIsLeftOut() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "A gunman opened fire at the market, killing three."),
        doc("b", null, "A gunman opened fire at the market, killing three."),
        doc("c", null, "The bombers struck the station, killing 89."),
        doc("d", null, "Gunmen opened fire in the square, with dozens killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder(
        "CORROBORATED harm=killed, figures=3", "SINGLE_SOURCE harm=killed, figures=89");
    assertThat(report.claims()).noneMatch(c -> c.text().contains("dozens"));
  }

  @Test
  void aVaguePluralAloneInItsKeyIsStillReported() {
    Report report = rules.evaluate(List.of(doc("d", null, "Gunmen opened fire in the square, with dozens killed.")));
    assertThat(verdicts(report)).containsExactly("SINGLE_SOURCE harm=killed");
    assertThat(report.claims()).anyMatch(c -> c.text().contains("dozens"));
  }

  @Test
  void smallCountsOfWhomAKeyNamesFirmUpAsOneFactWhileSmallTollsOfPeopleStayApart() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Three police officers were slightly wounded in the raid."),
        doc("b", null, "Five police officers were slightly wounded."),
        doc("c", null, "Three people were killed in the morning raid."),
        doc("d", null, "Five people were killed, the police said.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder(
        "CONFLICTING who=police, harm=injured",
        "SINGLE_SOURCE who=people, harm=killed, figures=3",
        "SINGLE_SOURCE who=people, harm=killed, figures=5");
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
  void aFigureOfAnotherMonthOfTheBatchYearIsBackgroundNotAConflict() {
    // the stories date their event to the day (13 November); January's toll is recalled background
    Report report = rules.evaluate(List.of(
        doc("a", null, "On 13 November, 130 people were killed in Velor."),
        doc("b", null, "130 people were killed in Velor on Nov. 13."),
        doc("c", null, "In January, 17 people were killed in Velor.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("CORROBORATED who=people, harm=killed, place=velor",
        "SINGLE_SOURCE who=people, harm=killed, place=velor, month=January");
  }

  @Test
  void aFigureOfAnotherMonthNeverJoinsAKeyByNearness() {
    // 17 is near the bistro's 14 and 15, which two outlets report, but it is January's toll
    Report report = rules.evaluate(List.of(
        doc("a", null, "On 13 November, 14 people were killed at the Corvo bistro."),
        doc("b", null, "15 people were killed at the Corvo bistro on Nov. 13."),
        doc("c", null, "In early January, gunmen killed 17 people.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=killed"));
  }

  @Test
  void aFigureJoinsTheFiguresOfItsOwnTimePastAnotherMonthsInTheSameKey() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "On 13 November, 19 people were killed."),
        doc("b", null, "On Nov. 13, 19 people were killed. In January, 17 people were killed."),
        doc("c", null, "Gunmen opened fire on the Corvo bistro on 13 November, killing 19.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c")).singleElement()
        .satisfies(c -> assertThat(c.key()).startsWith("who=people, harm=killed"));
    assertThat(verdicts(report)).contains("CORROBORATED who=people, harm=killed");
  }

  @Test
  void withoutAMonthTheStoriesDateToTheDayMonthsChangeNothing() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "In January, 17 people were killed in Velor."),
        doc("b", null, "17 people were killed in Velor.")));
    assertThat(verdicts(report)).containsExactly("CORROBORATED who=people, harm=killed, place=velor");
  }

  @Test
  void aMonthWithAnotherYearIsThatYearsBackground() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "On 13 November 2031, 130 people were killed in Velor."),
        doc("b", null, "130 people were killed in Velor on Nov. 13, 2031."),
        doc("c", null, "In January 2029, 17 people were killed in Velor."),
        doc("d", null, "In January 2031, 12 people were killed in Velor.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("CORROBORATED who=people, harm=killed, place=velor",
        "SINGLE_SOURCE who=people, harm=killed, place=velor, year=2029",
        "SINGLE_SOURCE who=people, harm=killed, place=velor, month=January");
  }

  @Test
  void publicationDatesGiveTheBatchMonth() {
    Report report = rules.evaluate(List.of(
        doc("a", "2031-11-14", "130 people were killed in Velor on Friday."),
        doc("b", "2031-11-15", "130 people were killed in Velor."),
        doc("c", "2031-11-15", "In January, 17 people were killed in Velor.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("CORROBORATED who=people, harm=killed, place=velor",
        "SINGLE_SOURCE who=people, harm=killed, place=velor, month=January");
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

  @Test
  void aFigureWithoutWhoOrPlaceJoinsTheFigureGroupItAgreesWithThoughTheKeyHoldsOthers() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Police said 31 people were injured in the blasts."),
        doc("b", null, "Six people were injured on Tuesday, and 80 people were injured a week later."),
        doc("c", null, "The storm flattened 40 homes, with 31 injuries and dozens of cars crushed.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c") && c.kind().equals("Casualties"))
        .singleElement().satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=injured, figures=31"));
    assertThat(verdicts(report)).contains("CORROBORATED who=people, harm=injured, figures=31");
  }

  @Test
  void aSmallFigureDoesNotJoinOneGroupOfAKeyByCoincidence() {
    // four attackers dead and five diners dead: small numbers meet by chance
    Report report = rules.evaluate(List.of(
        doc("a", null, "Four attackers were killed, and two attackers were killed in a later raid."),
        doc("b", null, "Four attackers were killed."),
        doc("c", null, "Gunmen opened fire on the Corvo bistro, killing at least five.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("harm=killed"));
  }

  @Test
  void aFigureNearAGroupThatAgreesWithNoneOfItsFiguresKeepsItsKey() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Forty people were killed in Velor. 14 people were killed in Velor on Monday."),
        doc("b", null, "41 people were killed in Velor. 15 people were killed in Velor on Monday."),
        doc("c", null, "Months earlier, gunmen killed 17 people.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=killed"));
  }

  @Test
  void aSiteNamedWithAndWithoutWhoIsOneCandidateNotTwo() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Gunmen stormed the Lumen hall, where 89 were killed."),
        doc("b", null, "89 people were killed at the Lumen hall."),
        doc("c", null, "90 people were killed at the Lumen hall."),
        doc("d", null, "Gunmen stormed a concert, killing at least 85.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("d")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("who=people, harm=killed, place=lumen"));
  }

  @Test
  void theBatchYearIsTheLatestSeveralStoriesWriteNotTheOneTheyWriteMost() {
    // both stories recall 2029 more often than they name 2031, the year they report
    Report report = rules.evaluate(List.of(
        doc("a", null, "In 2029 the hall reopened. Talks in 2029 failed. The 2031 vote was held. 12 people were killed."),
        doc("b", null, "The 2029 blast killed eight people. In 2029 the city grew. The 2031 count was slow."
            + " 12 people were killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("CORROBORATED who=people, harm=killed",
        "SINGLE_SOURCE who=people, harm=killed, year=2029");
  }

  @Test
  void figuresThatSayNeitherWhoNorWhereNeverConflict() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "A gunman stormed the Corvo bistro, killing four."),
        doc("b", null, "Another gunman opened fire at a market, killing five.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("SINGLE_SOURCE harm=killed, figures=4",
        "SINGLE_SOURCE harm=killed, figures=5");
  }

  @Test
  void aFigureNearTwoGroupsOfOneKeyJoinsThatKey() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "76 soldiers are stationed in Marl."),
        doc("b", null, "100 soldiers are stationed in Marl."),
        doc("c", null, "102 soldiers are stationed in Marl."),
        doc("d", null, "130 soldiers are stationed in Marl."),
        doc("e", null, "The army has 101 soldiers.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("e")).singleElement()
        .satisfies(c -> assertThat(c.key()).startsWith("what=troops, place=marl"));
  }

  @Test
  void aTollRevisedInStepsIsOneFactThoughItsFiguresSpanMoreThanAThird() {
    // 180, 200, 260, 300: each within a third of the one below it, as outlets revise a count through the day
    Report report = rules.evaluate(List.of(
        doc("a", null, "At least 180 people were injured."),
        doc("b", null, "More than 200 people were injured."),
        doc("c", null, "260 people were injured."),
        doc("d", null, "300 people were injured.")));
    assertThat(verdicts(report)).containsExactly("CONFLICTING who=people, harm=injured");
  }

  @Test
  void smallFiguresDoNotChain() {
    // three and four people dead: within a third, but a key of "people" holds every site's exact tally
    Report report = rules.evaluate(List.of(
        doc("a", null, "Three people were killed."),
        doc("b", null, "Four people were killed."),
        doc("c", null, "Four people were killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("SINGLE_SOURCE who=people, harm=killed, figures=3",
        "CORROBORATED who=people, harm=killed, figures=4");
  }

  @Test
  void oneAgainstThreeIsNoCountFirmedUp() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "One attacker was killed."),
        doc("b", null, "Three attackers were killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("SINGLE_SOURCE who=attackers, harm=killed, figures=1",
        "SINGLE_SOURCE who=attackers, harm=killed, figures=3");
  }

  @Test
  void smallFiguresOfWhomAKeyNamesWithinTwoAreOneFactFurtherApartTwo() {
    Report report = rules.evaluate(List.of(
        doc("a", null, "Three attackers were killed."),
        doc("b", null, "Four attackers were killed."),
        doc("c", null, "Eight attackers were killed."),
        doc("d", null, "Eight attackers were killed.")));
    assertThat(verdicts(report)).containsExactlyInAnyOrder("CONFLICTING who=attackers, harm=killed, figures=3-4",
        "CORROBORATED who=attackers, harm=killed, figures=8");
  }

  @Test
  void aVagueFigureJoinsNoKey() {
    // "dozens" holds 19 and 40 and 129 alike: agreeing with one site says nothing about which it is
    Report report = rules.evaluate(List.of(
        doc("a", null, "At least 19 people were killed at the Corvo cafe."),
        doc("b", null, "19 people were killed at the Corvo cafe."),
        doc("c", null, "There were dozens killed in the attacks.")));
    assertThat(report.claims()).filteredOn(c -> c.document().equals("c")).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo("harm=killed"));
  }
}
