package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * hedges.tsv: hedge words and ranges turned into intervals, at the default ±5% tolerance.
 * Columns: sentence, expected QUANTITY mentions.
 */
class HedgesTableTest {
  private final QuantityRecognizer recognizer = new QuantityRecognizer();

  @TestFactory
  Stream<DynamicTest> hedges() {
    return NormalizationTable.tests("hedges.tsv", 2, 0, row -> {
      String input = row.cell(0);
      Sentence s = TextFixtures.sentence(input);
      assertEquals(row.cell(1), NormalizationTable.describe(input, s, recognizer.find(s), MentionType.QUANTITY));
    });
  }
}
