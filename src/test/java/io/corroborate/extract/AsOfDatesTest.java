package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.text.AnalyzedText;
import io.corroborate.text.TextAnalyzer;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day a claim speaks of; published Saturday 2031-03-15 unless the row says otherwise. */
class AsOfDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "As of Monday, 40 people were missing.                     | 2031-03-15 | 2031-03-10",
      "Six people were killed, the coast guard said on Thursday. | 2031-03-15 | 2031-03-13",
      "On Thursday, six people were killed.                      | 2031-03-15 | 2031-03-13",
      "Officials said last month that 11,000 troops were there.  | 2031-03-15 | 2031-02-28",
      "By Friday, 300 homes had been cleared.                    | 2031-03-15 | 2031-03-14",
      "Six people were killed in a fire.                          | 2031-03-15 | 2031-03-15",
      "Four people died in a similar fire in June.               | 2031-03-15 | 2031-03-15",
      "Six people were killed in a fire.                          | -          | -",
  })
  void theDayAClaimSpeaksOf(String sentence, String published, String expected) {
    LocalDate day = published == null ? null : LocalDate.parse(published);
    AnalyzedText text = TextAnalyzer.analyze(sentence, 0.05, day);
    assertThat(AsOfDates.of(text.sentences().get(0), text.mentions().get(0), published)).isEqualTo(expected);
  }
}
