package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import io.corroborate.text.PublicationDates;
import io.corroborate.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Fictional texts. */
class BatchMonthTest {
  @Test
  void theMonthMostDocumentsDateToTheDayWinsOverOneRecalledMoreOften() {
    BatchMonth month = new BatchMonth();
    add(month, null, "In January, gunmen struck. The attacks of 13 November shook the city.");
    add(month, null, "Just as in January, the city mourned after the Nov. 13 attacks.");
    add(month, null, "Raids in January and in February; a vote on 18 November.");
    add(month, null, "The attacks in January were recalled.");
    assertThat(month.month(2031)).isEqualTo(11);
  }

  @Test
  void aMonthOneDocumentAloneDatesIsNotTheBatchsButALoneDocumentsIs() {
    BatchMonth two = new BatchMonth();
    add(two, null, "A summit on 3 December.");
    add(two, null, "The vote on 18 November.");
    assertThat(two.month(2031)).isZero();
    BatchMonth lone = new BatchMonth();
    add(lone, null, "The vote on 18 November.");
    assertThat(lone.month(2031)).isEqualTo(11);
  }

  @Test
  void everyMonthDatedByOnlyOneDocumentInABatchOfSeveralIsUnknown() {
    BatchMonth month = new BatchMonth();
    add(month, null, "A summit on 3 December.");
    add(month, null, "Nothing dated here.");
    add(month, null, "Nor here.");
    assertThat(month.month(2031)).isZero();
  }

  @Test
  void tiesGoToTheLatestMonth() {
    BatchMonth month = new BatchMonth();
    add(month, null, "On 3 October and on 18 November.");
    add(month, null, "On Oct. 3 and on Nov. 18.");
    assertThat(month.month(2031)).isEqualTo(11);
  }

  @Test
  void aMonthWrittenWithAnotherYearIsNotTheBatchYearsMonth() {
    BatchMonth month = new BatchMonth();
    add(month, null, "Raids on 5 January 2029; the vote on Nov. 18.");
    add(month, null, "Raids on 5 January 2029 and 7 January 2029; the vote on 18 November.");
    add(month, null, "Raids on 5 January 2029.");
    assertThat(month.month(2031)).isEqualTo(11);
    assertThat(month.month(2029)).isEqualTo(1);
  }

  @Test
  void aDeadlineIsNotTheBatchMonth() {
    BatchMonth month = new BatchMonth();
    add(month, null, "The vote on 18 November; talks run until 13 December.");
    add(month, null, "The vote on 18 November; a plan to be ready by 13 December.");
    add(month, null, "Talks run until 13 December.");
    assertThat(month.month(2031)).isEqualTo(11);
  }

  @Test
  void publicationDatesSayItWhenDocumentsHaveThem() {
    BatchMonth month = new BatchMonth();
    add(month, "2031-11-14", "The attacks of 3 March. In March.");
    add(month, "2031-11-15", "The attacks of 3 March.");
    add(month, "2031-12-02", "A follow-up.");
    add(month, "2030-11-02", "An older story.");
    assertThat(month.month(2031)).isEqualTo(11);
  }

  @Test
  void noMonthAnywhereIsZero() {
    BatchMonth month = new BatchMonth();
    add(month, null, "Nothing dated here.");
    add(month, null, "Nor in January.");
    assertThat(month.month(2031)).isZero();
  }

  private static void add(BatchMonth month, String published, String text) {
    month.add(new Document("d" + text.hashCode(), "Outlet", published, null, text),
        BatchMonth.written(TextAnalyzer.analyze(text, 0.1, PublicationDates.parse(published))));
  }
}
