package io.corroborate.text;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * durations.tsv: lengths of time and their conversion to other units. Columns: sentence, expected QUANTITY
 * mentions, and optionally a unit and the first QUANTITY converted to it, rounded to four significant
 * digits ("[647.5,647.5] km2"), or {@value NormalizationTable#NONE} when the units must not convert.
 */
class DurationsTableTest {

  @TestFactory
  Stream<DynamicTest> durations() {
    return NormalizationTable.tests("durations.tsv", 2, 0, NormalizationTable::checkQuantityRow);
  }
}
