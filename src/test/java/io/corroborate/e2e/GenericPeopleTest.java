package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic rules' "people": a count of people joins the one key that names them by what they are and agrees
 * with its figure; never the armed (troops), never when two keys fit or the figures differ, never for small
 * figures. Fictional outlets and events.
 */
class GenericPeopleTest {
  private static RuleSet rules;

  private static final String FANS = "Shots rang out at the Lumen hall, where 1,200 fans were listening to a band.";
  private static final String FULL_HOUSE = "The band was playing to a full house of 1,200 people.";

  @BeforeAll
  static void compile() throws Exception {
    rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
  }

  private static List<String> countKeys(String... texts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(new Document("d" + i, "Outlet " + i, null, null, texts[i]));
    }
    Report report = rules.evaluate(docs);
    return report.claims().stream().filter(c -> c.kind().equals("Count"))
        .map(c -> c.document() + " " + c.key()).toList();
  }

  @Test
  void aCountOfPeopleJoinsTheOneKeyNamingThemWithItsFigure() {
    assertThat(countKeys(FANS, FULL_HOUSE, "The army deployed 1,200 soldiers."))
        .containsExactlyInAnyOrder("d0 what=fan, place=lumen", "d1 what=fan, place=lumen", "d2 what=troops");
  }

  @Test
  void twoKeysThatFitLeaveItOut() {
    assertThat(countKeys(FANS, FULL_HOUSE, "At least 1,200 pilgrims were in Marl."))
        .contains("d1 what=people");
  }

  @Test
  void aFigureThatDiffersOrIsSmallLeavesItOut() {
    assertThat(countKeys(FANS, "The band was playing to a full house of 1,000 people.")).contains("d1 what=people");
    assertThat(countKeys("At least 1,300 fans were in the Lumen hall.", "More than 1,200 people were in the Lumen hall."))
        .contains("d1 what=people, place=lumen");
    assertThat(countKeys("Shots rang out at the Lumen hall, where eight fans were listening to a band.",
        "The band was playing to a full house of eight people.")).contains("d1 what=people");
  }
}
