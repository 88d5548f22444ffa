package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.text.QuoteWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyResolutionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Zelensky | Zelenskyy | true",
      "Volodymyr Zelensky | Zelenskiy | true",
      "Ines Dalgard | Dalgard | true",
      "US officials | officials | false",
      "Pentagon | Pentagon | true",
  })
  void familyNamesMeetAcrossTransliterations(String a, String b, boolean same) {
    boolean person = SpeakerVariants.personName(a) && SpeakerVariants.personName(b);
    assertThat(person && SpeakerVariants.family(a).equals(SpeakerVariants.family(b))).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Agence France-Presse | AFP",
      "Associated Press | AP",
      "European Political Community | EPC",
      "Volodymyr Zelensky | VZ",
  })
  void initialsOfANameMatchItsAcronym(String name, String acronym) {
    assertThat(SpeakerVariants.initials(name)).isEqualTo(acronym);
  }

  @Test
  void quotesDifferingInPunctuationAndCaseAreTheSameWords() {
    assertThat(QuoteWords.normalize("Yes, there are already losses. This is a fact,"))
        .isEqualTo(QuoteWords.normalize("yes, there are already losses, this is a fact."));
    assertThat(QuoteWords.normalize("We\u2019re ready")).isEqualTo(QuoteWords.normalize("we're ready"));
  }

  @Test
  void anExcerptIsPartOfItsPassage() {
    String whole = QuoteWords.normalize("Every passenger was brought ashore, and the crew did remarkable work.");
    assertThat(QuoteWords.excerptOf(QuoteWords.normalize("the crew did remarkable work"), whole)).isTrue();
    assertThat(QuoteWords.excerptOf(QuoteWords.normalize("the crew did good work"), whole)).isFalse();
    assertThat(QuoteWords.similarity(QuoteWords.normalize("the crew did good work"), whole)).isEqualTo(0.8);
    assertThat(QuoteWords.similarity(QuoteWords.normalize("The players were very afraid"),
        QuoteWords.normalize("You could tell how shocked the players were"))).isLessThan(KeyResolution.SAME_PASSAGE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "within forty minutes and | within twenty minutes and | \u201cforty\u201d \u2192 \u201ctwenty\u201d",
      "there are already losses | there are losses | \u201calready\u201d \u2192 \u201c\u201d",
      "we will win | we will surely win | \u201c\u201d \u2192 \u201csurely\u201d",
      "a b c d | a x y d | \u201cb c\u201d \u2192 \u201cx y\u201d",
  })
  void differencesNameTheChangedWords(String a, String b, String expected) {
    assertThat(io.corroborate.text.QuoteDifferences.of(a, b)).containsExactly(expected);
  }
}
