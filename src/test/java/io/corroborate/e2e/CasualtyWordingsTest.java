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

/**
 * The generic rules' casualty wordings: what each sentence claims (key = figure), of any kind, or nothing.
 * Arrests are no casualties, and no count either; a figure said of "there" names no site. Fictional text.
 */
class CasualtyWordingsTest {
  private static RuleSet rules;

  @BeforeAll
  static void compile() throws Exception {
    rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police made 23 arrests and seized rifles.                         |
      Raids overnight brought 23 people in for questioning.             |
      Officers rounded up nine men near the port.                       |
      Eleven people were in custody on Sunday.                          |
      Nine people were detained in the suburb of Marl.                  |
      Two guards were killed in the northern town of Marl.              | who=guard, harm=killed, place=marl = 2
      Four attackers there were killed.                                 |
      At least 30 people died there.                                    |
      The gunmen killed 40 people at the venue.                         |
      They killed 40 people at the venue and critically injured 20 others. |
      They killed 40 people there and injured 20 others.                |
      The gunmen killed 40 people at the Lumen venue.                   | who=people, harm=killed, place=lumen = 40
      A bomb killed five people at the market.                          | who=people, harm=killed = 5
      Three attackers were reportedly killed there, police said.        |
      Dozens killed, there are many injured.                            | harm=killed = 24
      Three people were killed at the Corvo cafe and there was panic.   | who=people, harm=killed, place=corvo = 3
      The gunmen critically injured 31 others.                          | who=people, harm=seriously injured = 31
      About 210 were wounded, 45 of them critically.                    | harm=injured = 210; harm=seriously injured = 45
      Nine people were in critical condition at the Velor clinic.       | who=people, harm=seriously injured, place=velor = 9
      Fourteen diners were gunned down at the Corvo bistro.             | who=diner, harm=killed, place=corvo = 14
      The storm caused 12 deaths in the valley.                         | harm=killed = 12
      Two terror suspects were killed.                                  | who=suspects, harm=killed = 2
      Three dead soldiers lay in the road.                              |
      Soldiers and police were killed, 12 of them officers.             |
      The ministry mobilised 9,000 police, gendarmes and soldiers.      |
      The ministry mobilised 9,000 police on Sunday.                    | what=police = 9000
      Rebels sent 300 fighters, officials said.                         | what=troops = 300
      Twelve soldiers and police were killed.                           |
      Six reactors seriously damaged the grid.                          |
      The fund netted 40 million last year.                             |
      Seven people seriously considered leaving.                        |
      Nine raiders stormed the depot, and seven died.                   | who=attackers, harm=killed = 7
      Ten restaurants were attacked, and five died.                     | harm=killed = 5
      Officials said eleven gunmen took part, and four were killed.     | who=attackers, harm=killed = 4
      Three gunmen opened fire, and 40 died.                            | harm=killed = 40
      Six gunmen shot 30 diners, and five died.                         | harm=killed = 5
      Ten sheds burned down, and two died.                              | harm=killed = 2
      Four cousins linked to the raid were named.                       | what=cousin = 4
      Two brothers connected with the plot lived in Marl.               | what=brother = 2
      The other two cousins linked to the raid fled.                    |
      Some 900 fans were listening to the Velvet Owls.                  |
      Some 900 fans were listening to the Velvet Owls in Marl.          | what=fan, place=marl = 900
      In all, 4,000 troops will be deployed in Marl, the minister said. | what=troops, place=marl = 4000
      At the Lumen hall, where 700 fans were listening to a band.       | what=fan, place=lumen = 700
      The band played to a full house of 1,200 people.                  | what=people = 1200
      A crowd of 200 people were injured.                               | who=people, harm=injured = 200
      Three guards suffered light injuries in the blast.                | who=guard, harm=injured = 3
      Two firefighters sustained serious injuries.                      | who=firefighter, harm=seriously injured = 2
      Five police officers were slightly wounded.                       | who=police, harm=injured = 5
      Three officers were slightly wounded in the raid.                 | who=police, harm=injured = 3
      Eighty are in a critical condition.                               | harm=seriously injured = 80
      Of the 60 people admitted in a critical condition, 20 left.       | who=people, harm=seriously injured = 60
      Forty people remained in serious condition on Sunday.             | who=people, harm=seriously injured = 40
      Thirty people in critical condition were flown out.               | who=people, harm=seriously injured = 30
      Forty patients are no longer in a critical condition.             |
      Three cousins may be involved in the raid.                        | what=cousin = 3
      We ran, said one guard involved in the raid.                      |
      """)
  void eachWordingClaimsWhatItSays(String sentence, String expected) {
    List<String> claims = rules.evaluate(List.of(new Document("a", "Outlet", null, null, sentence))).claims()
        .stream().filter(c -> !c.kind().equals("Quote"))
        .map(c -> c.key() + " = " + c.value().text()).toList();
    assertThat(claims).containsExactlyInAnyOrderElementsOf(expected == null ? List.of() : List.of(expected.split("; ")));
  }
}
