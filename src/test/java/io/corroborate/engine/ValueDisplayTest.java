package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a value reads in a verdict message: the hedge as words, both ends of a range, a vague plural's span. */
class ValueDisplayTest {

  @ParameterizedTest(name = "{3} {2} [{0}, {1}] {4} -> {5}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      11000 | 11000 | 11000 | exact         | -   | 11000
      10000 | -     | 10000 | more than     | -   | more than 10000
      30    | -     | 30    | at least      | -   | at least 30
      9500  | 10500 | 10000 | approximately | -   | about 10000
      250   | 250   | 250   | exact         | mi2 | 250 mi2
      50    | 60    | 50    | between       | -   | 50 to 60
      5     | 10    | 5     | between       | km  | 5 to 10 km
      2     | 3     | 2     | between       | km  | 2 to 3 km
      7     | 7     | 7     | exact         | -   | 7
      24    | 144   | 24    | some          | -   | vaguely 24 to 144
      2000  | -     | 2000  | some          | -   | some 2000 or more
      0.5   | 2.5   | 0.5   | between       | %   | 0.5 to 2.5 %
      """)
  void valuesReadAsTheyWereMeant(Double low, Double high, String text, String qualifier, String unit, String expected) {
    assertThat(VerdictMessages.display(new Value(low, high, unit, qualifier, text))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"north_korea, north_korea", "francois hollande, francois hollande"})
  void textValuesReadAsTheirCanonicalText(String text, String expected) {
    assertThat(VerdictMessages.display(new Value(null, null, null, null, text))).isEqualTo(expected);
  }
}
