package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * durations.tsv: amounts with units and their conversion to other units. Columns: sentence, expected
 * QUANTITY mentions, and optionally a unit and the first QUANTITY converted to it, rounded to four
 * significant digits ("[647.5,647.5] km2"), or {@value NormalizationTable#NONE} when the units must
 * not convert.
 */
class DurationsTableTest {
  private final QuantityRecognizer recognizer = new QuantityRecognizer();

  @TestFactory
  Stream<DynamicTest> durations() {
    return NormalizationTable.tests("durations.tsv", 2, 0, row -> {
      String input = row.cell(0);
      Sentence s = TextFixtures.sentence(input);
      List<Mention> mentions = recognizer.find(s);
      assertEquals(row.cell(1), NormalizationTable.describe(input, s, mentions, MentionType.QUANTITY));
      if (!row.cell(2).isEmpty()) {
        Quantity first = mentions.stream().filter(m -> m.type() == MentionType.QUANTITY).findFirst()
            .orElseThrow().quantity();
        assertEquals(row.cell(3), convert(first, row.cell(2)));
      }
    });
  }

  private static String convert(Quantity q, String unit) {
    double factor = UnitConversion.factor(q.unit(), unit);
    assertFalse(Double.isInfinite(factor));
    return Double.isNaN(factor) ? NormalizationTable.NONE : NormalizationTable.converted(UnitConversion.convert(q, unit));
  }
}
