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
 * Undated documents of one event: a speaker's figures given on different days (placed against the day most
 * documents date the event to) are an update, not outlets misreporting; figures of one day still conflict.
 * Fictional outlets, speaker and event (Friday 14 March 2031).
 */
class SpeakerUpdatesTest {
  private static RuleSet rules;

  @BeforeAll
  static void compile() throws Exception {
    rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
  }

  private static Document doc(String id, String text) {
    return new Document(id, "Outlet " + id, null, null, text);
  }

  // the minister's figures, each in its outlet's story of the 14 March bombing
  private static final Document SATURDAY_40 = doc("a", "The bombing in Velor on 14 March 2031 shocked the region. "
      + "Interior minister Ilse Marrow said on Saturday that at least 40 people were killed in Velor.");
  private static final Document MONDAY_43 = doc("b", "After the attack of 14 March, the city mourned. Ilse Marrow "
      + "said on Monday that at least 43 people were killed in Velor.");
  private static final Document SATURDAY_43 = doc("b", "After the attack of 14 March, the city mourned. Ilse Marrow "
      + "said on Saturday that at least 43 people were killed in Velor.");
  private static final Document SATURDAY_40_AGAIN = doc("c", "On 14 March 2031, bombers struck Velor. Ilse Marrow said "
      + "at least 40 people were killed in Velor. Marrow spoke on Saturday.");

  private static List<Verdict> speakerVerdicts(Report report) {
    return report.verdicts().stream().filter(v -> "Ilse Marrow".equals(v.speaker())).toList();
  }

  @Test
  void aMinistersLaterFigureSupersedesHerEarlierOne() {
    Report report = rules.evaluate(List.of(
        SATURDAY_40,
        MONDAY_43,
        SATURDAY_40_AGAIN,
        doc("d", "Police said 43 people were killed in Velor.")));
    assertThat(speakerVerdicts(report)).singleElement().satisfies(v -> {
      assertThat(v.verdict()).isEqualTo("SUPERSEDED");
      assertThat(v.message()).isEqualTo("later statements by Ilse Marrow supersede earlier ones: at least 40 "
          + "(Saturday 2031-03-15, in Outlet a, Outlet c); then at least 43 (Monday 2031-03-17, in Outlet b)");
    });
    // the key keeps its conflict: the police figure and the minister's are not all dated
    assertThat(report.verdicts()).filteredOn(v -> v.speaker() == null && v.claim().equals("Casualties"))
        .extracting(Verdict::verdict).containsExactly("CONFLICTING");
  }

  @Test
  void aLoneSpeakersLaterFigureSupersedesTheKey() {
    Report report = rules.evaluate(List.of(
        SATURDAY_40,
        MONDAY_43,
        SATURDAY_40_AGAIN));
    assertThat(report.verdicts()).filteredOn(v -> v.claim().equals("Casualties"))
        .extracting(Verdict::verdict).containsExactly("SUPERSEDED");
  }

  @Test
  void aLoneSpeakersFiguresOfOneDayConflict() {
    Report report = rules.evaluate(List.of(
        SATURDAY_40,
        SATURDAY_43));
    assertThat(report.verdicts()).filteredOn(v -> v.claim().equals("Casualties")).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("Ilse Marrow is reported with different figures: "));
    assertThat(report.verdicts()).filteredOn(v -> v.claim().equals("Casualties"))
        .extracting(Verdict::verdict).containsExactly("CONFLICTING");
  }

  @Test
  void figuresTheMinisterGaveTheSameDayStillConflict() {
    Report report = rules.evaluate(List.of(
        SATURDAY_40,
        SATURDAY_43,
        doc("c", "Police said 43 people were killed in Velor.")));
    assertThat(speakerVerdicts(report)).singleElement().satisfies(v -> {
      assertThat(v.verdict()).isEqualTo("CONFLICTING");
      assertThat(v.message()).startsWith("Ilse Marrow is reported with different figures: ");
    });
  }

  @Test
  void withoutAnEventDayWeekdaysStayUnplaced() {
    Report report = rules.evaluate(List.of(
        doc("a", "Interior minister Ilse Marrow said on Saturday that at least 40 people were killed in Velor."),
        doc("b", "Ilse Marrow said on Monday that at least 43 people were killed in Velor."),
        doc("c", "Police said 43 people were killed in Velor.")));
    assertThat(speakerVerdicts(report)).extracting(Verdict::verdict).containsExactly("CONFLICTING");
    assertThat(report.claims()).allMatch(c -> c.asOf() == null);
  }

  @Test
  void aPublicationDateKeepsItsOwnResolution() {
    Report report = rules.evaluate(List.of(
        new Document("a", "Outlet a", "2031-03-20", null, "On 14 March 2031 bombers struck. Ilse Marrow said on "
            + "Saturday that at least 40 people were killed in Velor."),
        MONDAY_43,
        doc("c", "On 14 March bombers struck Velor.")));
    // published on Thursday 20 March, "Saturday" is the 15th by the date recognizer; "Monday" in the undated
    // story is placed against the event day, the 17th
    assertThat(report.claims()).filteredOn(c -> c.speaker() != null).extracting(c -> c.asOf())
        .containsExactlyInAnyOrder("2031-03-15", "2031-03-17");
  }
}
