package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * dates.tsv: dates and times of day, resolved against the publication date. Columns: publication
 * date (ISO, or "none" when unknown), sentence, expected DATE and TIME mentions as "text = ISO value
 * qualifier". Every case also checks that no number mention overlaps a date or time mention.
 */
class DatesTableTest {
  private final DateRecognizer dates = new DateRecognizer();
  private final QuantityRecognizer numbers = new QuantityRecognizer();

  @TestFactory
  Stream<DynamicTest> dates() {
    return NormalizationTable.tests("dates.tsv", 3, 1, row -> {
      LocalDate published = row.cell(0).equals("none") ? null : LocalDate.parse(row.cell(0));
      String input = row.cell(1);
      Sentence s = TextFixtures.sentence(input);
      List<Mention> found = dates.find(s, published);
      assertEquals(row.cell(2), NormalizationTable.describe(input, s, found, MentionType.DATE, MentionType.TIME));
      assertFalse(NormalizationTable.numbersOverlapDates(numbers.find(s), found), "a number overlaps a date");
    });
  }
}
