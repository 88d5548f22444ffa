package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.extract.ExtractedClaim;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DistinctFigures#era}: the time a claim's sentence ties it to, against the batch's year and month. */
class FigureErasTest {
  @ParameterizedTest(name = "stated {0}-{1} in batch {2}-{3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      0    | 0  | 2015 | 11 | 0
      2015 | 0  | 2015 | 11 | 0
      2012 | 0  | 2015 | 11 | 2012
      2015 | 11 | 2015 | 11 | 0
      0    | 11 | 2015 | 11 | 0
      0    | 1  | 2015 | 11 | -1
      2015 | 1  | 2015 | 11 | -1
      2014 | 1  | 2015 | 11 | 2014
      2014 | 11 | 2015 | 11 | 2014
      0    | 1  | 2015 | 0  | 0
      2015 | 1  | 2015 | 0  | 0
      0    | 1  | 0    | 11 | -1
      """)
  void anotherYearThenAnotherMonthOfTheBatchYear(int year, int month, int batchYear, int batchMonth, int era) {
    ExtractedClaim c = new ExtractedClaim(1, null, Map.of(), null, "", null, year, month);
    assertThat(DistinctFigures.era(c, new BatchTime(batchYear, batchMonth))).isEqualTo(era);
  }
}
