package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * numbers.tsv: how numbers are read, in digits and words, with scale words, fractions, ordinals,
 * multipliers and vague plurals. Columns: sentence, expected NUMBER mentions.
 */
class NumbersTableTest {
  private final QuantityRecognizer recognizer = new QuantityRecognizer();

  @TestFactory
  Stream<DynamicTest> numbers() {
    return NormalizationTable.tests("numbers.tsv", 2, 0, row -> {
      String input = row.cell(0);
      Sentence s = TextFixtures.sentence(input);
      assertEquals(row.cell(1), NormalizationTable.describe(input, s, recognizer.find(s), MentionType.NUMBER));
    });
  }
}
