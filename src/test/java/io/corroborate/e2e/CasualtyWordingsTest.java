package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.RuleSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generic rules' casualty wordings: what each sentence claims (key = figure), or nothing. Fictional text. */
class CasualtyWordingsTest {
  private static RuleSet rules;

  @BeforeAll
  static void compile() throws Exception {
    rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police made 23 arrests and seized rifles.                         | harm=arrested = 23
      Raids overnight brought 23 people in for questioning.             | who=people, harm=arrested = 23
      Officers rounded up nine men near the port.                       | who=man, harm=arrested = 9
      Eleven people were in custody on Sunday.                          | who=people, harm=arrested = 11
      The gunmen critically injured 31 others.                          | who=people, harm=seriously injured = 31
      About 210 were wounded, 45 of them critically.                    | harm=injured = 210; harm=seriously injured = 45
      Nine people were in critical condition at the Velor clinic.       | who=people, harm=seriously injured, place=velor = 9
      Fourteen diners were gunned down at the Corvo bistro.             | who=diner, harm=killed, place=corvo = 14
      The storm caused 12 deaths in the valley.                         | harm=killed = 12
      Two terror suspects were killed.                                  | who=suspects, harm=killed = 2
      Three dead soldiers lay in the road.                              |
      Six reactors seriously damaged the grid.                          |
      The fund netted 40 million last year.                             |
      Seven people seriously considered leaving.                        |
      """)
  void eachWordingClaimsWhatItSays(String sentence, String expected) {
    List<String> claims = rules.evaluate(List.of(new Document("a", "Outlet", null, null, sentence))).claims()
        .stream().filter(c -> c.kind().equals("Casualties"))
        .map(c -> c.key() + " = " + c.value().text()).toList();
    assertThat(claims).containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split("; ")));
  }
}
