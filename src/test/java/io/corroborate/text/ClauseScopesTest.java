package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which part of a sentence a reporting cue vouches for: the speaker of the word marked in each sentence, or
 * NONE when the figure is the outlet's own. Fictional sentences, one phenomenon each.
 */
class ClauseScopesTest {

  @ParameterizedTest(name = "{0} -> {1} is {2}")
  @CsvSource(delimiter = '|', value = {
      // a cue that opens the sentence covers what follows it
      "Kestrel said 40 boats were lost.| 40| Kestrel",
      "On Saturday, the mayor said 40 boats were lost.| 40| mayor",
      "According to the coast guard, 40 boats were lost.| 40| coast guard",
      // a cue that closes the sentence covers what precedes it, also with a short tail of its own
      "At least 40 boats were lost, the coast guard said.| 40| coast guard",
      "At least 40 boats were lost, a harbour worker told Harbour Radio.| 40| harbour worker",
      "At least 40 boats were lost, according to harbour officials.| 40| harbour officials",
      "Forty boats were lost, and 12 sank at once, the coast guard said on Friday.| 12| coast guard",
      // a closing cue followed by a participle clause or a date still covers what precedes it
      "Forty people died, police said, citing hospital records.| Forty| police",
      "Forty people were killed, police said on November 14.| Forty| police",
      "Forty people were killed, police said on Friday, adding that 12 were children.| 12| police",
      "Forty people were killed, police said on Friday, adding that 12 were children.| Forty| police",
      // a cue in mid-sentence that opens with its speaker covers only its clause to the right
      "Vell, who sank 40 boats, was tried in a case in which the Front claimed that it had won.| 40| NONE",
      "Police arrived, and the mayor said 12 people had been rescued.| 12| mayor",
      "Police arrived, and the mayor said 12 people had been rescued.| Police| NONE",
      // a trailing "according to" in mid-sentence covers the clause before it
      "Forty people were treated, according to hospital officials, including 12 children.| Forty| hospital officials",
      // a relative clause describing what the speaker names is the outlet's gloss
      "Kestrel said the storm that killed 40 people was the worst in years.| 40| NONE",
      "Kestrel said the ministry, which sent 40 boats, had acted quickly.| 40| NONE",
      "Kestrel said on Saturday that 40 boats were lost.| 40| Kestrel",
      "The official said residents who fled numbered 300.| 300| official",
      "Kestrel said the storm, which has destroyed about 40 boats, was over.| 40| NONE",
      "Kestrel said the storm that killed seven people was over.| seven| NONE",
      "Kestrel said that the storm killed 40 people.| 40| Kestrel",
      "The storm that sank 40 boats was the worst in years, Kestrel said.| 40| NONE",
      // owning or proclaiming an act is not reporting a fact
      "The Front claimed responsibility as the toll rose to 40.| 40| NONE",
      "Velor has declared a state of emergency after 40 people were killed.| 40| NONE",
  })
  void theCueCoversItsClauseOnly(String sentence, String marker, String speaker) {
    DocumentAttribution a = AttributedDoc.of(sentence, false).attribution();
    Speaker found = a.speakerAt(0, sentence.indexOf(marker.strip()));
    assertEquals(speaker.strip(), found == null ? "NONE" : found.name());
  }
}
