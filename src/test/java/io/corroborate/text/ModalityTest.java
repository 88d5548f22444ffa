package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Negation, hedging, conditions and future per claim span, through the real text pipeline. */
class ModalityTest {

  private static Arguments c(String marked, String expected) {
    return Arguments.of(marked, expected);
  }

  /** Sentence with the claim span in [brackets]; expected {@link Modality#describe()}. */
  static Stream<Arguments> cases() {
    return Stream.of(
        // plain
        c("[40 drones] hit the port of Lisvan on Monday.", "plain"),
        c("The army said [40 drones] hit the port.", "plain"),
        c("\"[Forty drones] hit the port,\" Kestrel said.", "plain"),
        c("According to the ministry, [312 people] were evacuated.", "plain"),
        c("Officials who did not give their names said [40 people] died.", "plain"),
        c("No more than [40 people] attended the rally.", "plain"),
        c("No fewer than [12 ships] docked overnight.", "plain"),
        c("Not only [40 drones] but also rockets hit Lisvan.", "plain"),
        c("Talks ended without a deal, and [300 troops] left the town.", "plain"),
        c("The army did not fire, but [40 drones] hit the port.", "plain"),
        c("Despite no warning, residents said [40 homes] burned.", "plain"),
        c("[40 drones] were launched, not 30 as first reported.", "plain"),
        c("The talks in No. 10 ended after [3 hours].", "plain"),
        c("No, [40 drones] were launched, the minister said.", "plain"),
        c("The port reopened after [3 weeks] of repairs.", "plain"),
        c("Kestrel spoke as if [40 drones] had hit the city.", "plain"),
        c("The convoy, which never stops at night, carried [20 tonnes] of grain.", "plain"),
        c("The new plant employs [400 workers].", "plain"),
        c("Prices rose by [4%] in March.", "plain"),
        c("The mayor said the shelters hold [2,000 people].", "plain"),
        c("Officials confirmed [12 deaths] on Tuesday.", "plain"),
        c("The will of [4 million voters] was clear.", "plain"),
        c("[Nothing but rubble] remained of the depot.", "plain"),
        // negated
        c("[40 drones] were not launched on Monday.", "negated"),
        c("The army did not launch [40 drones].", "negated"),
        c("The army didn't launch [40 drones] on Monday.", "negated"),
        c("The army didn’t launch [40 drones] on Monday.", "negated"),
        c("Kestrel denied that [40 drones] were launched.", "negated"),
        c("The ministry denies [40 drones] hit the port.", "negated"),
        c("The army has never used [cluster bombs] in Lisvan.", "negated"),
        c("No [civilians] were hurt in the strike.", "negated"),
        c("[No civilians] were hurt in the strike.", "negated"),
        c("None of [the 40 drones] reached the port.", "negated"),
        c("Neither [the port] nor the airport was hit.", "negated"),
        c("The ministry rejected claims that [40 drones] were launched.", "negated+hedged"),
        c("The army dismissed reports that [300 troops] had deserted.", "negated"),
        c("The convoy failed to reach [Lisvan] on Monday.", "negated"),
        c("The plant no longer employs [400 workers].", "negated"),
        c("[400 workers] are no longer employed at the plant.", "negated"),
        c("Kestrel insisted the army had not lost [a single tank].", "negated"),
        c("Nobody reported [40 deaths] in the district.", "hedged"),
        c("The bridge cannot carry [40 tonnes].", "negated"),
        c("The ferry could not carry [400 passengers] in the storm.", "negated"),
        c("The ferry couldn't carry [400 passengers] in the storm.", "negated"),
        c("Officials said there were no [casualties] after the blast.", "negated"),
        c("\"We have not lost [40 tanks],\" Kestrel said.", "negated"),
        c("The army denied, in a statement, that [40 drones] were launched.", "plain"),
        c("It is not true that [40 drones] were launched.", "negated"),
        c("The council has refuted reports that [12 schools] closed.", "negated"),
        // hedged
        c("[40 drones] reportedly hit the port.", "hedged"),
        c("Reportedly, [40 drones] hit the port.", "hedged"),
        c("The general allegedly ordered [the strike] on Lisvan.", "hedged"),
        c("[40 drones] may have hit the port.", "hedged"),
        c("The fire might have killed [12 people].", "hedged"),
        c("The strike could have killed [12 people].", "hedged"),
        c("Possibly [40 drones] were launched overnight.", "hedged"),
        c("Perhaps [300 people] fled the town.", "hedged"),
        c("The army appears to have lost [12 tanks].", "hedged"),
        c("The army seems to have lost [12 tanks].", "hedged"),
        c("[12 tanks] are believed to have been destroyed.", "hedged"),
        c("It is believed that [40 people] died.", "hedged"),
        c("[300 rebels] are thought to hold the bridge.", "hedged"),
        c("Kestrel is said to have ordered [40 drones].", "hedged"),
        c("The ministry did not confirm that [40 drones] were launched.", "hedged"),
        c("The claim that [40 drones] were launched could not be verified.", "hedged"),
        c("It was not immediately clear whether [40 people] died.", "hedged"),
        c("It is unclear whether [40 people] died.", "hedged"),
        c("Reporters asked if [40 drones] had been launched.", "hedged"),
        c("These claims about [40 drones] could not be verified.", "hedged"),
        c("The alleged attack killed [12 people].", "hedged"),
        c("Unconfirmed reports put the toll at [40 dead].", "hedged"),
        c("The fire probably destroyed [40 homes].", "hedged"),
        c("Were [40 drones] really launched?", "hedged"),
        c("The blast apparently destroyed [the depot].", "hedged"),
        c("The suspected strike hit [a school] in Lisvan.", "hedged"),
        c("Kestrel did not say how many [troops] had died.", "hedged"),
        c("The strike may not have killed [anyone].", "negated+hedged"),
        // conditional
        c("If talks fail, [300 troops] could be sent.", "hedged+conditional"),
        c("If talks fail, the army sends [300 troops].", "conditional"),
        c("Prices rise by [10%] if the port closes.", "conditional"),
        c("Unless talks resume, [400 workers] lose their jobs.", "conditional"),
        c("[400 workers] lose their jobs unless talks resume.", "conditional"),
        c("The army would send [300 troops] if talks failed.", "conditional"),
        c("Kestrel said the army would send [300 troops] if talks failed.", "conditional"),
        c("Even if talks resume, [400 workers] lose their jobs.", "conditional"),
        c("The plant keeps [400 workers] as long as demand holds.", "conditional"),
        c("The state pays [2,000 euros] provided that the claim is filed.", "conditional"),
        c("In case talks fail, [300 troops] stand ready.", "conditional"),
        c("Without the dam, [40 villages] would have flooded.", "conditional"),
        c("The grant is paid on condition that [40 jobs] are kept.", "conditional"),
        c("If talks fail, [300 troops] will be sent.", "conditional+future"),
        c("If talks fail, the army will not send [300 troops].", "negated+conditional+future"),
        c("If talks fail, troops will move; [40 drones] hit the port on Monday.", "plain"),
        c("[40 drones] hit the port on Monday, but if talks fail, more will follow.", "plain"),
        // future
        c("The army will send [300 troops] next week.", "future"),
        c("[300 troops] will arrive on Friday.", "future"),
        c("The army'll send [300 troops] next week.", "future"),
        c("The army won't send [300 troops].", "negated+future"),
        c("The army will not send [300 troops].", "negated+future"),
        c("[300 troops] are expected to arrive on Friday.", "future"),
        c("The army plans to send [300 troops].", "future"),
        c("The port is set to reopen in [3 weeks].", "future"),
        c("The port is due to reopen in [3 weeks].", "future"),
        c("The army is going to send [300 troops].", "future"),
        c("The ministry intends to hire [400 nurses].", "future"),
        c("The city aims to plant [10,000 trees].", "future"),
        c("The vote is scheduled to take place in [June].", "future"),
        c("Kestrel said the army would send [300 troops].", "future"),
        c("The port is about to reopen after [3 weeks].", "future"),
        c("Kestrel said on Monday that [300 troops] would be sent.", "future"),
        c("The shelter expects to house [2,000 people].", "future"),
        c("The army may send [300 troops] next week.", "hedged"),
        c("The army is expected to send [300 troops], Kestrel said.", "future"),
        c("Kestrel said [300 troops] arrived, and more will come.", "plain"),
        c("Will Brae said [300 troops] arrived.", "plain"),
        c("Traffic was slowed due to [the storm].", "plain"),
        c("The army said it plans to send [300 troops], which will not be enough.", "future"),
        c("Kestrel denied that the army would send [300 troops].", "negated+future"),
        c("Reportedly, the army will send [300 troops].", "hedged+future"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsTheModalityOfTheSpan(String marked, String expected) {
    int open = marked.indexOf('[');
    int close = marked.indexOf(']');
    String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
    AnalyzedText analyzed = TextAnalyzer.analyze(text, 0.1, null);
    assertEquals(1, analyzed.sentences().size(), text);
    Modality modality = analyzed.modalityAt(0, open, close - 1);
    assertEquals(expected, modality.describe(), text);
  }

  @Test
  void tokenRangeAndOffsetsAgree() {
    AnalyzedText a = TextAnalyzer.analyze("The army will not send 300 troops.", 0.1, null);
    int start = a.text().indexOf("300");
    assertEquals(a.modalityAt(0, start, start + 3), a.modalityOf(0, 5, 6));
    assertTrue(a.modalityOf(0, 5, 6).negated());
    assertThrows(IndexOutOfBoundsException.class, () -> a.modalityOf(0, 5, 99));
  }

  @Test
  void plainHasNoFlag() {
    assertTrue(Modality.PLAIN.plain());
    assertEquals("negated+hedged+conditional+future", new Modality(true, true, true, true).describe());
  }
}
