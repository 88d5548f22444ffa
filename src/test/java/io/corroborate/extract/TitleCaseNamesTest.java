package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCaseNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two Brothers Are Linked to the Attacks      | true
      Connections to the Organizer of the Attacks | true
      Police Say Nine Were Held                   | true
      Two brothers are linked to the attacks      | false
      French President Anna Velo said nine died   | false
      Velor Votes                                 | false
      """)
  void titleCaseIsEveryLongWordCapitalized(String line, boolean expected) {
    assertThat(TitleCaseNames.titleCase(Arrays.asList(line.split(" ")))).isEqualTo(expected);
  }

  @Test
  void aPlaceOnlyAHeadlineCapitalizesIsNoPlaceButOneTheStoryNamesIs() throws Exception {
    var rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
    Report report = rules.evaluate(List.of(new Document("a", "Outlet", null, null,
        "Two Soldiers Are Posted to the Outskirts\n\nThree Soldiers Are Posted in Marl\n\n"
            + "The army keeps a garrison in Marl, officials said.\n")));
    assertThat(report.claims()).extracting(c -> c.key()).containsExactly("what=troops, place=marl");
  }
}
