package io.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a month ({@code ^} marks it) is dated to the day, and whether it is a deadline; the day written. */
class WrittenMonthTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The attacks on 13 ^November.                 | true  | false | 13
      The ^Nov. 13 attacks.                        | true  | false | 13
      On the 7th of ^January.                      | true  | false | 7
      On ^June 3-5 it rained.                      | true  | false | 3
      In ^January it rained.                       | false | false | 0
      The talks run until ^January.                | false | true | 0
      The talks run until 13 ^November.            | true  | true | 13
      The talks run until the 13th of ^November.   | true  | true | 13
      Rain fell from June to ^August.              | false | true | 0
      Cut emissions by early ^March.               | false | true | 0
      The plan runs through ^December.             | false | true | 0
      Police linked him to the ^January attacks.   | false | false | 0
      A hearing is due on 3 ^December.             | true  | false | 3
      """)
  void daysAndDeadlines(String marked, boolean withDay, boolean deadline, int day) {
    int at = marked.indexOf('^');
    List<Token> tokens = TextAnalyzer.analyze(marked.replace("^", ""), 0.1, null).sentences().get(0).tokens();
    int i = 0;
    while (tokens.get(i).start() < at) {
      i++;
    }
    assertThat(WrittenMonth.at(tokens, i)).isNotZero();
    assertThat(WrittenMonth.withDay(tokens, i)).isEqualTo(withDay);
    assertThat(WrittenMonth.deadline(tokens, i)).isEqualTo(deadline);
    assertThat(WrittenMonth.day(tokens, i)).isEqualTo(day);
  }
}
