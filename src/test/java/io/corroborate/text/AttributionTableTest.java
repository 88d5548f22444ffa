package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who speaks, through the real sentence splitter and tokenizer: the speaker name of a sentence
 * ("s2") or of a quote ("q0"), "-" when none. All text is invented.
 */
class AttributionTableTest {

  private static Arguments c(String doc, String target, String speaker) {
    return Arguments.of(doc, target, speaker);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // reporting verbs, subject first
        c("Mara Kestrel said the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel says the bridge is closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel told reporters the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel added that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel warned that the bridge would close.", "s0", "Mara Kestrel"),
        c("Mara Kestrel warns that the bridge will close.", "s0", "Mara Kestrel"),
        c("Mara Kestrel confirmed that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel claimed the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel reported that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel announced that the bridge would close.", "s0", "Mara Kestrel"),
        c("Mara Kestrel stated that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel noted that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel estimated that 300 people had fled.", "s0", "Mara Kestrel"),
        c("Mara Kestrel insisted that the bridge was safe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel insists the bridge is safe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel denied that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel denies that the bridge is closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel stressed that the bridge was safe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel admitted that the bridge was unsafe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel acknowledged that the bridge was unsafe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel suggested that the bridge was unsafe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel predicted that 300 people would flee.", "s0", "Mara Kestrel"),
        c("Mara Kestrel wrote on social media that the bridge was closed.", "s0", "Mara Kestrel"),
        c("Mara Kestrel explained that the bridge was closed for repairs.", "s0", "Mara Kestrel"),
        c("Mara Kestrel argued that the bridge was unsafe.", "s0", "Mara Kestrel"),
        c("Mara Kestrel has repeatedly said the bridge is safe.", "s0", "Mara Kestrel"),
        // inverted and trailing cues
        c("The bridge was closed, Mara Kestrel said.", "s0", "Mara Kestrel"),
        c("The bridge was closed, said Mara Kestrel.", "s0", "Mara Kestrel"),
        c("The bridge was closed, the ministry said on Monday.", "s0", "ministry"),
        c("The bridge was closed, according to Mara Kestrel.", "s0", "Mara Kestrel"),
        c("According to police, the bridge was closed.", "s0", "police"),
        c("According to the regional police, the bridge was closed.", "s0", "regional police"),
        c("The bridge is closed, the mayor adds.", "s0", "mayor"),
        // speaker phrases with a head noun, organizations, capitalized names
        c("A police spokesman said the bridge was closed.", "s0", "police spokesman"),
        c("Police said the bridge was closed.", "s0", "Police"),
        c("Local police said the bridge was closed.", "s0", "Local police"),
        c("The Dorvian army said the bridge was closed.", "s0", "Dorvian army"),
        c("Dorvia's defence ministry said the bridge was closed.", "s0", "Dorvia's defence ministry"),
        c("A senior Valdorian official said the bridge was closed.", "s0", "senior Valdorian official"),
        c("Military analysts said the bridge was key.", "s0", "Military analysts"),
        c("An analyst at Northwind Analytics said the bridge was key.", "s0", "analyst at Northwind Analytics"),
        c("The Lisvan Herald reported that the bridge was closed.", "s0", "Lisvan Herald"),
        c("The Halden Institute said the bridge was key.", "s0", "Halden Institute"),
        c("Emergency services said 12 people were hurt.", "s0", "Emergency services"),
        c("The regional governor said 12 people were hurt.", "s0", "regional governor"),
        c("The Red Crescent said 12 people were hurt.", "s0", "Red Crescent"),
        c("Rescue workers said 12 people were hurt.", "s0", "Rescue workers"),
        c("Hospital staff said 12 people were hurt.", "s0", "Hospital staff"),
        c("The fire brigade said 12 people were hurt.", "s0", "fire brigade"),
        c("Border guards said 300 people crossed overnight.", "s0", "Border guards"),
        c("The coast guard said two boats sank.", "s0", "coast guard"),
        c("The UN refugee agency said 300 people crossed overnight.", "s0", "UN refugee agency"),
        c("Dorvian state media reported that the bridge was closed.", "s0", "Dorvian state media"),
        c("The prosecutor's office said two suspects were held.", "s0", "prosecutor's office"),
        c("Eyewitnesses said the blast shook the district.", "s0", "Eyewitnesses"),
        c("Villagers said the blast shook the district.", "s0", "Villagers"),
        c("Two European diplomats said the talks had stalled.", "s0", "Two European diplomats"),
        c("The energy regulator said prices would rise.", "s0", "energy regulator"),
        c("The central bank said prices would rise.", "s0", "central bank"),
        c("Firefighters said the blaze was under control.", "s0", "Firefighters"),
        // titles stripped
        c("Dorvian President Mara Kestrel said the bridge was closed.", "s0", "Mara Kestrel"),
        c("Defence Minister Tomas Vell said the bridge was closed.", "s0", "Tomas Vell"),
        c("Maj. Gen. Odo Farr said the bridge was closed.", "s0", "Odo Farr"),
        c("Mr. Vell said the bridge was closed.", "s0", "Vell"),
        c("Dr. Ana Dorn said the bridge was closed.", "s0", "Ana Dorn"),
        c("Army spokesman Teo Marsh said the bridge was closed.", "s0", "Teo Marsh"),
        c("Mara Kestrel, the Dorvian president, said the bridge was closed.", "s0", "Mara Kestrel"),
        // name variants joined to one canonical speaker
        c("Dorvian President Volodar Zelensky arrived. President Zelensky said the bridge was closed.", "s1",
            "Volodar Zelensky"),
        c("Dorvian President Volodar Zelensky arrived. Zelensky said the bridge was closed.", "s1",
            "Volodar Zelensky"),
        c("Dorvian President Volodar Zelensky arrived. Zelenskyy said the bridge was closed.", "s1",
            "Volodar Zelensky"),
        c("Dorvian President Volodar Zelenskyy arrived. Zelensky said the bridge was closed.", "s1",
            "Volodar Zelenskyy"),
        c("Dorvian President Volodar Zelensky arrived. Zelenskiy said the bridge was closed.", "s1",
            "Volodar Zelensky"),
        c("Dorvian President Volodar Zelensky arrived. Mr. Zelensky said the bridge was closed.", "s1",
            "Volodar Zelensky"),
        c("Volodar Zelensky arrived. Volodar Zelenskyy said the bridge was closed.", "s1", "Volodar Zelensky"),
        c("Ana Petrovsky arrived. Petrovskiy said the bridge was closed.", "s1", "Ana Petrovsky"),
        c("Jon Tarry arrived. Tarr said the bridge was closed.", "s1", "Tarr"),
        // pronouns and role descriptions resolved where unambiguous
        c("Mara Kestrel visited Lisvan. She said the bridge was closed.", "s1", "Mara Kestrel"),
        c("Tomas Vell visited Lisvan. He added that the bridge was closed.", "s1", "Tomas Vell"),
        c("Tomas Vell met Ana Dorn. He said the bridge was closed.", "s1", "-"),
        c("Mrs. Alma Ruud met Mr. Tomas Vell. He said the bridge was closed.", "s1", "Tomas Vell"),
        c("Mrs. Alma Ruud met Mr. Tomas Vell. She said the bridge was closed.", "s1", "Alma Ruud"),
        c("Army spokeswoman Rina Holt met Tomas Vell. He said the bridge was closed.", "s1", "-"),
        c("Army spokeswoman Rina Holt visited Lisvan. He said the bridge was closed.", "s1", "-"),
        c("Army spokeswoman Rina Holt visited Lisvan. She said the bridge was closed.", "s1", "Rina Holt"),
        c("A senior official said the port was shut. The Dorvian official added that trade had stopped.", "s1",
            "Dorvian official"),
        c("Officials briefed on the inquiry said the bridge was closed.", "s0", "-"),
        // a place after the speaker's head is part of the speaker, not the speaker
        c("Officials in Lisvan said the bridge was closed.", "s0", "Officials in Lisvan"),
        c("Hospitals in Lisvan said 80 people were admitted.", "s0", "Hospitals in Lisvan"),
        c("Paramedics in Lisvan said 12 people were treated.", "s0", "Paramedics in Lisvan"),
        c("Firefighters from Marlow said the blaze was out.", "s0", "Firefighters from Marlow"),
        c("A Turkish official said the port was shut. The Turkish official added that trade had stopped.", "s1",
            "Turkish official"),
        c("Conservatives who came first in the vote said the bridge was closed.", "s0", "-"),
        c("The deal was signed, and the coast guard confirmed it.", "s0", "coast guard"),
        c("In Lisvan, 32 fishing crews reported empty nets.", "s0", "fishing crews"),
        c("Experts at the institute said the bridge was unsafe.", "s0", "Experts at the institute"),
        c("Reactions to the deal confirmed it.", "s0", "-"),
        c("Nobody wished Kestrel luck.", "s0", "-"),
        c("The rebels moments later claimed the attack.", "s0", "-"),
        c("The group moments later claimed the attack.", "s0", "-"),
        c("Is Dorvia Ready?\nDorvia announced new drills on Monday.", "s1", "Dorvia"),
        c("Alma Ruud met Tomas Vell. She said the bridge was closed.", "s1", "-"),
        c("Dorvian President Mara Kestrel visited Lisvan. The Dorvian leader said the bridge was closed.", "s1",
            "Mara Kestrel"),
        c("Defence Minister Tomas Vell visited Lisvan. The minister said the bridge was closed.", "s1",
            "Tomas Vell"),
        c("Defence Minister Tomas Vell visited Lisvan.\nThe minister said the bridge was closed.", "s1",
            "Tomas Vell"),
        c("Defence Minister Tomas Vell met Mayor Ana Dorn. The minister said the bridge was closed.", "s1",
            "Tomas Vell"),
        c("Defence Minister Tomas Vell met Foreign Minister Ana Dorn. The minister said the bridge was closed.",
            "s1", "minister"),
        c("Tomas Vell met Ana Dorn. The president said the bridge was closed.", "s1", "president"),
        c("Defence Minister Tomas Vell visited Lisvan.\nTrade fell.\nThe minister said the bridge was closed.",
            "s2", "Tomas Vell"),
        c("A senior Valdorian official said the port was shut. The official added that the bridge was closed.",
            "s1", "senior Valdorian official"),
        c("A senior Valdorian official spoke to reporters. The official said the bridge was closed.", "s1",
            "official"),
        c("Two officials said the port was shut. Tomas Vell said the bridge was closed.\nThe official added "
            + "that trade had stopped.", "s2", "official"),
        c("Mayor Ana Dorn spoke first.\nTrade fell.\n\"The bridge is closed,\" the mayor said.", "q0", "Ana Dorn"),
        c("Defence Minister Tomas Vell spoke.\nForeign Minister Ana Dorn spoke.\nThe minister said the bridge was "
            + "closed.", "s2", "Ana Dorn"),
        c("Tomas Vell met reporters. The minister said the bridge was closed.", "s1", "minister"),
        c("Defence Minister Tomas Vell visited Lisvan. The minister said the bridge was closed. He added that "
            + "trade had stopped.", "s2", "Tomas Vell"),
        c("The Dorvian army said drones hit the port. It added that two soldiers died.", "s1", "Dorvian army"),
        // quotes and their speakers
        c("\"The bridge is closed,\" Kestrel said.", "q0", "Kestrel"),
        c("“The bridge is closed,” said Mara Kestrel.", "q0", "Mara Kestrel"),
        c("Kestrel said: “The bridge is closed.”", "q0", "Kestrel"),
        c("\"The bridge is closed,\" the mayor said, \"and it stays closed.\"", "q1", "mayor"),
        c("“The bridge is closed.”\nThat was the view of Defence Minister Tomas Vell.", "q0", "Tomas Vell"),
        c("“The bridge is closed.”\nThat was the view of Defence Minister Tomas Vell.", "s1", "Tomas Vell"),
        c("“The bridge is closed.”\nThis is the assessment of the Halden Institute.", "q0", "Halden Institute"),
        c("“The bridge is closed. Nobody can cross.”\nTomas Vell said in a statement.", "q0", "Tomas Vell"),
        c("“The bridge is closed.”\nTomas Vell said this in a statement on Monday.", "q0", "Tomas Vell"),
        c("“The bridge is closed.”\nSo said Defence Minister Tomas Vell on Monday.", "q0", "Tomas Vell"),
        c("“The bridge is closed.”\nThose were the words of Mayor Ana Dorn.", "q0", "Ana Dorn"),
        c("“The bridge is closed.”\nThe crowd cheered.", "q0", "-"),
        c("“The bridge is closed,” Vell told reporters.\n“Nobody can cross.”", "q1", "Vell"),
        c("“The bridge is closed,” Vell told reporters.\n\n“Nobody can cross.”", "q1", "Vell"),
        c("“The bridge is closed,” Vell told reporters.\nTrade fell.\n“Nobody can cross.”", "q1", "-"),
        c("Vell spoke. “The bridge is closed,” he said.\n“Nobody can cross.”", "q1", "-"),
        c("“Nobody can cross,” including the mayor, according to Tomas Vell.", "q0", "Tomas Vell"),
        c("“Nobody can cross,” she said, “and nobody will,” according to Ana Dorn.", "q0", "-"),
        c("“The bridge is closed.” That was the view of Defence Minister Tomas Vell.", "q0", "Tomas Vell"),
        c("Ana Dorn said “the bridge is closed.” That was the view of Tomas Vell.", "q0", "Ana Dorn"),
        c("He called it a “lie” on Monday. That was the view of Tomas Vell.", "q0", "-"),
        c("“The bridge is closed.”\nThat was the first sign of trouble.", "q0", "-"),
        c("Mara Kestrel visited Lisvan.\n\"The bridge is closed,\" she said.", "q0", "Mara Kestrel"),
        // a resolved pronoun speaker is its paragraph's speaker for the pronoun after it
        c("Asked about the flood, Tomas Vell said: “The river rose fast.”\n\nHe boasted that the dykes held.\n\n"
            + "“We were lucky,” he told the paper. “Next year we build higher.”", "q1", "Tomas Vell"),
        c("Asked about the flood, Tomas Vell said: “The river rose fast.”\n\nHe boasted that the dykes held.\n\n"
            + "“We were lucky,” he told the paper. “Next year we build higher.”", "q2", "Tomas Vell"),
        c("Tomas Vell met Ana Dorn.\n\nHe boasted that the dykes held.\n\n“We were lucky,” he told the paper.", "q0",
            "-"),
        c("Tomas Vell spoke.\n\nThe dykes held.\n\n“We were lucky,” he told the paper.", "q0", "-"),
        // boasting reports words; owning something does not
        c("Mara Kestrel boasted that the bridge was closed.", "s0", "Mara Kestrel"),
        c("In May, Tomas Vell boasted of how he crossed the river, telling a local paper “We swam all night.”", "q0",
            "Tomas Vell"),
        c("The port of Lisvan boasts 40 berths.", "s0", "-"),
        c("The Lisvan club boasted a perfect season.", "s0", "-"),
        // a quote opening the next sentence of the same paragraph goes on with the speaker
        c("\"The bridge is closed,\" said spokesman Ed Marl. \"We are repairing it.\"", "q1", "Ed Marl"),
        c("\"The bridge is closed,\" said spokesman Ed Marl. Traffic stopped. \"We are repairing it.\"", "q1", "-"),
        // verbs that report words only when a quotation follows them
        c("The council called it \"a disgrace to the city\" on Monday.", "q0", "council"),
        c("Mara Kestrel spoke of \"a dark day for Lisvan\".", "q0", "Mara Kestrel"),
        c("Mara Kestrel called a meeting of the council.", "s0", "-"),
        c("Defence Minister Tomas Vell visited Lisvan.\n\"The bridge is closed,\" the minister said.", "q0",
            "Tomas Vell"),
        // no speaker
        c("The bridge was closed on Monday.", "s0", "-"),
        c("The first confirmed cases appeared on Monday.", "s0", "-"),
        c("An estimated 4,000 people marched.", "s0", "-"),
        c("Kestrel declined to say how many troops had died.", "s0", "-"),
        c("The army added 500 troops to the border.", "s0", "-"),
        c("Reports of shelling emerged overnight.", "s0", "-"),
        c("The United States sent 300 troops.", "s0", "-"),
        c("The army maintained control of the bridge.", "s0", "-"),
        c("Dorvia recalled its ambassador on Monday.", "s0", "-"),
        c("The notes of the meeting were published.", "s0", "-"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findsTheSpeaker(String doc, String target, String expected) {
    AnalyzedText a = TextAnalyzer.analyze(doc, 0.1, null);
    int index = Integer.parseInt(target.substring(1));
    Speaker speaker = target.startsWith("q") ? a.attribution().quotes().get(index).speaker()
        : a.attribution().sentenceSpeaker(index);
    assertEquals(expected, speaker == null ? "-" : speaker.name(), doc);
  }
}
