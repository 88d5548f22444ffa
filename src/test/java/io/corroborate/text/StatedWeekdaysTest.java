package io.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weekday of a statement, and the weekday a claim is anchored to, read without a calendar (0: none). */
class StatedWeekdaysTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The minister said on Saturday that 40 were killed.                  | 6 | 6
      The minister said Sunday that 40 were killed.                       | 7 | 7
      On Monday, the minister said 43 were killed.                        | 1 | 1
      The minister on Monday said 43 were killed.                         | 1 | 1
      In Monday's speech, the minister put the toll at 43.                | 1 | 0
      She told reporters on Sunday night that 41 were dead.               | 7 | 7
      She gave a speech at Halvard on Monday before the assembly.         | 1 | 1
      The minister said 40 were killed on Friday.                         | 0 | 5
      The minister said: "The attacks on Friday night killed 40."         | 0 | 0
      The minister said: “The attacks on Friday night killed 40.”       | 0 | 0
      “I spoke on Sunday to the families,” the minister said on Monday.  | 1 | 1
      On Sunday, the toll rose to 43.                                     | 0 | 7
      The minister said gunmen struck on Friday.                          | 0 | 5
      Forty were killed.                                                  | 0 | 0
      """)
  void weekdays(String sentence, int statement, int anchored) {
    var tokens = TextAnalyzer.analyze(sentence, 0.1, null).sentences().get(0).tokens();
    assertThat(StatedWeekdays.statement(tokens)).isEqualTo(statement);
    assertThat(StatedWeekdays.anchored(tokens)).isEqualTo(anchored);
  }
}
