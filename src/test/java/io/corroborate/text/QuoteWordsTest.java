package io.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteWordsTest {
  private static final String MARK = QuoteWords.EDITORIAL;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "It was Organised, and planned. | it was organized and planned",
      "an attack by (France's) enemies | an attack by [\u2026] enemies",
      "[He] said the centre would hold | [\u2026] said the center would hold",
      "we [the crew] travelled (sic) far | we [\u2026] traveled [\u2026] far",
      "the victim(s) were found | the victim s were found",
      "a bracket (never closed stays | a bracket never closed stays",
      "nested [a [b] c] words and more words | nested [\u2026] words and more words",
      // a long bracket, or one longer than the rest, is not an editor's: a title, an aside
      "we sang Pride (In the Name of Love) loudly | we sang pride in the name of love loudly",
      "Pride (Of Love) | pride of love",
      "[he] will (we hope) stay on the bridge | [\u2026] will [\u2026] stay on the bridge",
  })
  void comparedFormsUnifySpellingsAndMarkEditorsInsertions(String quote, String compared) {
    assertThat(QuoteWords.compared(quote)).isEqualTo(compared);
  }

  @Test
  void normalizedWordsKeepTheOutletsSpellingAndBrackets() {
    assertThat(QuoteWords.normalize("Organised by (France's) enemies")).isEqualTo("organised by france's enemies");
  }

  @Test
  void editorialPiecesJoinBackToTheQuote() {
    String quote = "we [the crew] travelled (sic) far, victim(s) (unclosed";
    StringBuilder joined = new StringBuilder();
    EditorialBrackets.pieces(quote).forEach(p -> joined.append(p.text()));
    assertThat(joined.toString()).isEqualTo(quote);
    assertThat(EditorialBrackets.pieces(quote)).filteredOn(EditorialBrackets.Piece::editorial)
        .extracting(EditorialBrackets.Piece::text).containsExactly("[the crew]", "(sic)");
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // a British excerpt of an American passage that ends in an editor's insertion
      "organised and planned from the harbour | a fire that was prepared, organized and planned from the harbour (of Marlow) | true",
      // an insertion inside the excerpt, or inside the passage
      "planned by (the company's) managers | it was planned by managers long ago | true",
      "planned by managers long | it was planned by [the company's] managers long ago | true",
      // a bracket standing for the speaker's words, on either side
      "we know [he] stayed on the bridge | we know the captain stayed on the bridge | true",
      "we know the captain stayed on the bridge | we know [he] stayed on the bridge | true",
      // but not for more than a few words
      "we know [he] stayed on the bridge | we know that the old and brave captain stayed on the bridge | false",
      // a changed word is still a changed word
      "organised and plotted from the harbour | a fire that was prepared, organized and planned from the harbour | false",
  })
  void anExcerptMayDifferByEditorsInsertionsAndSpelling(String part, String whole, boolean excerpt) {
    assertThat(QuoteWords.excerptOf(QuoteWords.compared(part), QuoteWords.compared(whole))).isEqualTo(excerpt);
  }

  @Test
  void aPartWithNoWordOfItsOwnIsNobodysExcerpt() {
    assertThat(QuoteWords.excerptOf(MARK + " " + MARK, "he said")).isFalse();
    assertThat(QuoteWords.excerptOf(MARK + " said", "he said")).isTrue();
  }

  @Test
  void editorsInsertionsAreNotCountedInSimilarity() {
    String withInsertion = QuoteWords.compared("the crew (of the Ardent) did remarkable work");
    assertThat(QuoteWords.similarity(withInsertion, QuoteWords.compared("the crew did remarkable work"))).isEqualTo(1.0);
    assertThat(QuoteWords.similarity(QuoteWords.compared("the crew did honourable work"),
        QuoteWords.compared("the crew did honorable work"))).isEqualTo(1.0);
    assertThat(QuoteWords.similarity(MARK, QuoteWords.compared("the crew did remarkable work"))).isZero();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      // spelling and editors' insertions are no difference
      "It was organised by the defence | it was organized by the defense | ",
      "an act of war committed by (France's) enemies | an act of war committed by enemies | ",
      "an act of war committed by enemies | an act of war committed by [France's] enemies | ",
      "[He] travelled to the centre | the minister traveled to the center | ",
      // real differences are named in each outlet's own words, editors' words left out
      "the country must take appropriate decisions | the country must take appropriate action | \u201cdecisions\u201d \u2192 \u201caction\u201d",
      "an act of war waged by (France's) enemies | an act of war committed by enemies | \u201cwaged\u201d \u2192 \u201ccommitted\u201d",
      "it was organised and waged by the defence | It was organized and committed by the defense | \u201cwaged\u201d \u2192 \u201ccommitted\u201d",
      "[he] took organised decisions | I took organized action | \u201cdecisions\u201d \u2192 \u201caction\u201d",
      "[he] said no | the old and brave captain said no | \u201c\u201d \u2192 \u201cthe old and brave captain\u201d",
  })
  void differencesNameOnlyTheSpeakersChangedWords(String a, String b, String expected) {
    if (expected == null) {
      assertThat(QuoteDifferences.of(a, b)).isEmpty();
    } else {
      assertThat(QuoteDifferences.of(a, b)).containsExactly(expected);
    }
  }
}
