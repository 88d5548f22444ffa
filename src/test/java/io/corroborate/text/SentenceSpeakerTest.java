package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reporting cues and their speakers, one invented sentence per case; each runs in both token shapes. */
class SentenceSpeakerTest {

  private static Arguments c(String doc, String surface, String name) {
    return Arguments.of(doc, surface, name);
  }

  /** Sentence, speaker as written, speaker name (both null: no speaker). */
  static Stream<Arguments> forms() {
    return Stream.of(
        // X said (that) …, trailing, inverted, according to, told
        c("Mara Kestrel said the bridge was closed.", "Mara Kestrel", "Mara Kestrel"),
        c("Mara Kestrel said that the bridge was closed.", "Mara Kestrel", "Mara Kestrel"),
        c("The bridge was closed, Mara Kestrel said.", "Mara Kestrel", "Mara Kestrel"),
        c("The bridge was closed, said Mara Kestrel.", "Mara Kestrel", "Mara Kestrel"),
        c("The bridge was closed, said a senior Dorvian official.", "a senior Dorvian official", "senior Dorvian official"),
        c("The bridge was closed, according to Valdor News.", "Valdor News", "Valdor News"),
        c("According to the Dorvian Defense Ministry, 40 drones were launched overnight.",
            "the Dorvian Defense Ministry", "Dorvian Defense Ministry"),
        c("The ceasefire is fragile, according to analysts at the Halden Institute.",
            "analysts at the Halden Institute", "analysts at the Halden Institute"),
        c("Ana Dorn told reporters that the talks had stalled.", "Ana Dorn", "Ana Dorn"),
        c("Ana Dorn told Valdor News the talks had stalled.", "Ana Dorn", "Ana Dorn"),
        c("Two Valdorian officials told Northwind Radio that the border had closed.",
            "Two Valdorian officials", "Two Valdorian officials"),
        // auxiliaries and adverbs between subject and verb
        c("The Halden Courier has confirmed that the plant shut down.", "The Halden Courier", "Halden Courier"),
        c("Tomas Vell had warned that prices would rise.", "Tomas Vell", "Tomas Vell"),
        c("Tomas Vell has repeatedly said the border is safe.", "Tomas Vell", "Tomas Vell"),
        c("Kestrel on Thursday said the port had reopened.", "Kestrel", "Kestrel"),
        // appositives and parentheticals
        c("Dorvia's border agency, the DBA, reported that 300 people crossed on Sunday.", "the DBA", "DBA"),
        c("Mara Kestrel, the Dorvian foreign minister, said the talks failed.", "Mara Kestrel", "Mara Kestrel"),
        c("The mine flooded, according to Dorvia's mining agency, the DMA.", "the DMA", "DMA"),
        c("The Halden Courier, citing two officials, reported that the mine had flooded.",
            "The Halden Courier", "Halden Courier"),
        c("Kestrel, who visited Lisvan on Monday, said the port would reopen.", "Kestrel", "Kestrel"),
        // subject phrases: roles, groups, "and", initialisms
        c("The Admiralty said two ships were damaged.", "The Admiralty", "Admiralty"),
        c("A Dorvian army source said the unit had withdrawn.", "A Dorvian army source", "Dorvian army source"),
        c("US officials said the shipment had arrived.", "US officials", "US officials"),
        c("The convoy was hit near Lisvan, senior U.S. and Valdorian officials said.",
            "senior U.S. and Valdorian officials", "senior U.S. and Valdorian officials"),
        c("The US and Valdoria said in a joint statement that the deal was signed.", "The US and Valdoria", "US and Valdoria"),
        c("Kestrel and Dorn said the treaty would hold.", "Kestrel and Dorn", "Kestrel and Dorn"),
        c("The ministry's spokesperson said the figures were wrong.", "The ministry's spokesperson", "ministry's spokesperson"),
        c("Witnesses said the blast shook the district.", "Witnesses", "Witnesses"),
        c("Analysts say the ceasefire is fragile.", "Analysts", "Analysts"),
        c("The state mining agency said the shaft collapsed.", "The state mining agency", "state mining agency"),
        c("Halden’s mayor said they’ve rebuilt the soldiers’ homes.", "Halden’s mayor", "Halden’s mayor"),
        c("The Dorvian General Staff said the offensive had stalled.", "The Dorvian General Staff", "Dorvian General Staff"),
        // other verbs and cue shapes
        c("The attack was confirmed by the Dorvian army.", "the Dorvian army", "Dorvian army"),
        c("Dorvia Using Drones Near Border, Kestrel Says", "Kestrel", "Kestrel"),
        c("'Significant' losses reported at Lisvan, Kestrel says", "Kestrel", "Kestrel"),
        c("In a statement, the Dorvian army said the convoy was hit.", "the Dorvian army", "Dorvian army"),
        c("In a statement released on Monday, the Valdorian cabinet rejected the plan.",
            "the Valdorian cabinet", "Valdorian cabinet"),
        c("The ministry in a statement said the port was closed.", "The ministry", "ministry"),
        c("Drones hit the port, Kestrel said Thursday, Valdor News reported.", "Kestrel", "Kestrel"),
        c("The Dorvian army claims it destroyed 12 tanks.", "The Dorvian army", "Dorvian army"),
        c("Kestrel believes the talks will fail.", "Kestrel", "Kestrel"),
        c("Kestrel accused Valdoria of shelling the port.", "Kestrel", "Kestrel"),
        c("The council announced that the market would close.", "The council", "council"),
        c("The Lisvan Herald revealed that the mayor had resigned.", "The Lisvan Herald", "Lisvan Herald"),
        c("Dorn insisted the vote was fair.", "Dorn", "Dorn"),
        c("The mayor tells residents the water is safe.", "The mayor", "mayor"),
        c("\"The water is safe,\" the mayor adds.", "the mayor", "mayor"),
        c("Valdor News reports that the dam has cracked.", "Valdor News", "Valdor News"),
        // role nouns before a name, affiliations, compound modifiers
        c("Lisvan prosecutor Ana Dorn said the suspects had fled.", "Lisvan prosecutor Ana Dorn", "Ana Dorn"),
        c("The market grew, according to analyst Tomi Rask.", "analyst Tomi Rask", "Tomi Rask"),
        c("Research firm Northwind Analytics announced that sales fell.", "Research firm Northwind Analytics",
            "Northwind Analytics"),
        c("Ana Dorn of the Halden Institute told Valdor News the data was wrong.",
            "Ana Dorn of the Halden Institute", "Ana Dorn"),
        c("The suspects fled, law enforcement officials said.", "law enforcement officials", "law enforcement officials"),
        c("Mr Brae, MP for Lisvan, told the chamber the plan was costly.", "Mr Brae", "Brae"),
        c("The vote was delayed, according to a Dorvian member of Parliament.", "a Dorvian member of Parliament",
            "Dorvian member of Parliament"),
        c("The ceasefire held, according to the ministry's latest figures.", "the ministry's latest figures", "ministry"),
        // no attribution
        c("The first confirmed cases appeared on Monday.", null, null),
        c("An estimated 4,000 people marched through Lisvan.", null, null),
        c("He did not say how many troops had died.", null, null),
        c("Kestrel declined to say how many troops had died.", null, null),
        c("Kestrel would not confirm the figure.", null, null),
        c("Reports of shelling emerged overnight.", null, null),
        c("The army added 500 troops to the border.", null, null),
        c("With the new model, the company added a larger battery.", null, null),
        c("Kestrel is said to be furious.", null, null),
        c("It was revealed that the minister had resigned.", null, null),
        c("\"Officials said nothing to us,\" residents complained.", null, null),
        c("The bridge over the Lisvan river reopened on Monday.", null, null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void findsTheSpeaker(String doc, String surface, String name) {
    for (boolean keep : AttributedDoc.SHAPES) {
      AttributedDoc d = AttributedDoc.of(doc, keep);
      assertEquals(1, d.sentences().size(), d.describe(keep));
      Speaker speaker = d.attribution().sentenceSpeaker(0);
      if (surface == null) {
        assertNull(speaker, d.describe(keep));
        assertFalse(d.attribution().attributed(0), d.describe(keep));
      } else {
        assertEquals(surface, speaker == null ? null : speaker.surface(), d.describe(keep));
        assertEquals(name, speaker.name(), d.describe(keep));
        assertEquals(surface, doc.substring(speaker.start(), speaker.end()), "offsets point at the surface");
        assertFalse(speaker.resolved());
        assertEquals(true, d.attribution().attributed(0), d.describe(keep));
      }
    }
  }

  /** Phrase with a title, and the name left once the title (and what precedes it) is stripped. */
  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of("Valdorian President Ilse Marrow", "Ilse Marrow"),
        Arguments.of("Valdoria's President Ilse Marrow", "Ilse Marrow"),
        Arguments.of("Dorvian Foreign Minister Piotr Halvik", "Piotr Halvik"),
        Arguments.of("Prime Minister Saul Brecken", "Saul Brecken"),
        Arguments.of("Ministry press secretary Maj. Gen. Jon Brae", "Jon Brae"),
        Arguments.of("Admiralty press secretary Major General Lio Sarn", "Lio Sarn"),
        Arguments.of("Lt. Gen. Odo Farr", "Odo Farr"),
        Arguments.of("Mr. Vell", "Vell"),
        Arguments.of("Mrs. Alma Ruud", "Alma Ruud"),
        Arguments.of("Ms. Dorn", "Dorn"),
        Arguments.of("Dr. Ana Dorn", "Ana Dorn"),
        Arguments.of("Prof. Ivo Stam", "Ivo Stam"),
        Arguments.of("Gov. Lena Sorrel", "Lena Sorrel"),
        Arguments.of("Sen. Rui Pascal", "Rui Pascal"),
        Arguments.of("Rep. Kai Moss", "Kai Moss"),
        Arguments.of("Col. Bea Lind", "Bea Lind"),
        Arguments.of("Admiral Nils Berg", "Nils Berg"),
        Arguments.of("Chancellor Edda Voss", "Edda Voss"),
        Arguments.of("Mayor Fen Alder", "Fen Alder"),
        Arguments.of("Police Chief Ada Quill", "Ada Quill"),
        Arguments.of("Dorvian Defense Secretary Lyle Harrow", "Lyle Harrow"),
        Arguments.of("Secretary of State Nina Vos", "Nina Vos"),
        Arguments.of("President-elect Cora Vane", "Cora Vane"),
        Arguments.of("Vice President Hal Orrin", "Hal Orrin"),
        Arguments.of("Ministry spokesperson Rina Holt", "Rina Holt"),
        Arguments.of("Army spokesman Teo Marsh", "Teo Marsh"),
        Arguments.of("The Dorvian defense minister", "Dorvian defense minister"),
        Arguments.of("The spokeswoman", "spokeswoman"));
  }

  @ParameterizedTest
  @MethodSource("titles")
  void stripsTitles(String phrase, String name) {
    String doc = phrase + " said the port would reopen.";
    for (boolean keep : AttributedDoc.SHAPES) {
      AttributedDoc d = AttributedDoc.of(doc, keep);
      Speaker speaker = d.attribution().sentenceSpeaker(0);
      assertEquals(phrase, speaker == null ? null : speaker.surface(), d.describe(keep));
      assertEquals(name, speaker.name(), d.describe(keep));
    }
  }
}
