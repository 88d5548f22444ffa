package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BatchYearTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      in 2012 the hall closed          | 2012
      the 2004 train bombings          | 2004
      it ended in 1999.                | 1999
      (2031)                           | 2031
      2,004 people                     |
      12004 votes                      |
      2004.5 tonnes                    |
      1.2004 seconds                   |
      FY2020 budget                    |
      1500 troops, 1799 rifles         |
      room 2200                        |
      from 1998 to 2001                | 1998
      cut emissions by 2030            |
      until 2040, or till 2041         |
      """)
  void yearsWrittenAreFourDigitNumbersStandingAlone(String text, String expected) {
    Set<Integer> years = expected == null ? Set.of()
        : java.util.Arrays.stream(expected.split(" ")).map(Integer::valueOf).collect(java.util.stream.Collectors.toSet());
    assertThat(BatchYear.yearsWritten(text)).containsExactlyInAnyOrderElementsOf(
        years.stream().toList());
  }

  @Test
  void theLatestYearTwoDocumentsWriteWinsOverTheMostWritten() {
    BatchYear year = new BatchYear();
    year.add(doc(null, "In 2014 and again in 2014 it rained; the 2015 vote; a plan for 2040."));
    year.add(doc(null, "In 2014 it rained; the 2015 vote."));
    year.add(doc(null, "Back in 2014."));
    assertThat(year.year()).isEqualTo(2015);
  }

  @Test
  void aDeadlineIsNotTheBatchYear() {
    BatchYear year = new BatchYear();
    year.add(doc(null, "The 2015 floods; emissions to be cut by 2030."));
    year.add(doc(null, "After the 2015 floods, a plan runs until 2030."));
    assertThat(year.year()).isEqualTo(2015);
  }

  @Test
  void aLoneDocumentsLatestYearCounts() {
    BatchYear year = new BatchYear();
    year.add(doc(null, "In 2014 it rained; in 2016 it dried."));
    assertThat(year.year()).isEqualTo(2016);
  }

  @Test
  void publicationDatesSayItWhenDocumentsHaveThem() {
    BatchYear year = new BatchYear();
    year.add(doc("2031-03-14", "In 2029 and 2029."));
    year.add(doc("2030-12-01", "In 2029 and 2029."));
    assertThat(year.year()).isEqualTo(2031);
  }

  @Test
  void noYearAnywhereIsZero() {
    BatchYear year = new BatchYear();
    year.add(doc(null, "Nothing dated here."));
    assertThat(year.year()).isZero();
  }

  private static Document doc(String published, String text) {
    return new Document("d" + text.hashCode(), "Outlet", published, null, text);
  }
}
