package io.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented quotes of one speaker: which pairs render one passage, and which overlapping cuts join. */
class QuoteRenderingsTest {

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // a long common run with content words: two translations of one sentence
      "It is an act of sabotage that was prepared by a rival fleet | it is an act of sabotage that was staged by rivals from the coast | true",
      "an act of sabotage committed by rivals that was prepared, organised and planned from the harbour | it was prepared, organized and planned from the coast with help from inside | true",
      // a short run, but most of the shorter quote's words in order
      "This act of sabotage was prepared and planned from the coast, with helpers inside | an act of sabotage committed by rivals that was prepared and planned from the harbour | true",
      "These fires were lit, planned from the harbour, with local help | The fire was lit and planned from the harbour, with accomplices | true",
      // another passage of the same speech shares a word or a stock phrase, no more
      "and when faced with sabotage, the country must take firm decisions | it is an act of sabotage that was prepared from the coast | false",
      "the country must rebuild the harbour | the country will remember its sailors | false",
      "we will do what we must | we will stand with the families | false",
      // a speaker's repeated opening (two content words) begins two sentences of one speech
      "It is an act of sabotage that was committed by a rival fleet, a pirate fleet, against our port | It is an act of sabotage that was prepared, organised and planned from the coast, with help from inside | false",
      // short quotes sharing a short run and most of their words are two remarks, not one passage
      "For the first time in years, I am really proud of my team | Of course I am proud of my team | false",
      "We are going to get married | You know, we are going to need the mayor, we are going to need the council | false",
      // many common function words in order, no distinctive run
      "it was what we had to do in the end | it was not what they had hoped to do at all | false",
  })
  void quotesSharingADistinctiveRunRenderOnePassage(String a, String b, boolean one) {
    assertThat(QuoteRenderings.onePassage(QuoteWords.compared(a), QuoteWords.compared(b))).isEqualTo(one);
    assertThat(QuoteRenderings.onePassage(QuoteWords.compared(b), QuoteWords.compared(a))).isEqualTo(one);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', value = {
      // the end of one is the start of the other, either way round
      "We rowed all night. The harbour lights were out and the pier was gone | the harbour lights were out and the pier was gone. We slept on the beach | we rowed all night the harbor lights were out and the pier was gone we slept on the beach",
      "the harbour lights were out and the pier was gone. We slept on the beach | We rowed all night. The harbour lights were out and the pier was gone | we rowed all night the harbor lights were out and the pier was gone we slept on the beach",
      // an editor's insertion inside the overlap is passed over and kept
      "We rowed all night. The harbour lights were out [in Marlow] and the pier was gone | the harbour lights were out and the pier was gone. We slept | we rowed all night the harbor lights were out [\u2026] and the pier was gone we slept",
      // too short an overlap, or one of function words only, joins nothing
      "We rowed all night and the pier | the pier was gone | ",
      "the harbour lights were out and it was what it was | and it was what it was, we slept | ",
      // a changed word inside the overlap is no overlap
      "We rowed all night. The harbour lights were out and the pier was gone | the harbour lamps were out and the pier was gone. We slept | ",
  })
  void overlappingCutsOfOneQuoteJoin(String a, String b, String joined) {
    assertThat(QuoteOverlaps.joined(QuoteWords.compared(a), QuoteWords.compared(b))).isEqualTo(joined);
  }
}
