package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import io.corroborate.SharedData;
import io.corroborate.text.PublicationDates;
import io.corroborate.text.TextAnalyzer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fictional texts, and the WikiRef clusters in ../shared (read, never copied). */
class BatchMonthTest {
  /**
   * Clusters of one event without publication dates: the Paris attacks of 13 November 2015 (whose articles
   * recall January's attacks more often than they date November's), the Tohoku earthquake of 11 March 2011,
   * the Cypriot bail-out of March 2013.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"ParisAttacks2015, 11", "tohoku.earthquake.tsunami, 3", "cypriot.financial.crisis, 3"})
  void theMonthOfRealClusters(String cluster, int expected) throws IOException {
    Path folder = SharedData.require("data/wikiref-news/WikiRef220");
    BatchYear year = new BatchYear();
    BatchMonth month = new BatchMonth();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(cluster)).sorted().toList()) {
        String text = read(file);
        Document document = new Document(file.getFileName().toString(), null, null, null, text);
        year.add(document);
        month.add(document, BatchMonth.written(TextAnalyzer.analyze(text, 0.1, null)));
      }
    }
    assertThat(month.month(year.year())).isEqualTo(expected);
  }

  private static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

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

  @Test
  void theEventDayIsTheDayOfTheMonthMostDocumentsWrite() {
    BatchMonth month = new BatchMonth();
    add(month, null, "The attacks of 13 November; the suspect was registered on 3 October.");
    add(month, null, "Since the Friday, Nov. 13 attacks, and his registration on 3 October, the city mourns.");
    add(month, null, "On 13 November 2031 gunmen struck; on Oct. 3 a suspect was registered.");
    add(month, null, "A vigil on 15 November; he was registered on 3 October.");
    add(month, null, "The raid of 18 November.");
    assertThat(month.month(2031)).isEqualTo(11);
    // 3 October is written by more documents, but the batch's month is November
    assertThat(month.day(2031, 11)).isEqualTo(LocalDate.of(2031, 11, 13));
  }

  @Test
  void anEventDayNeedsTwoDocumentsAndTiesGoToTheEarliest() {
    BatchMonth month = new BatchMonth();
    add(month, null, "The vote on 18 November; the strike on 14 November.");
    add(month, null, "The strike on Nov. 14 and the vote on Nov. 18.");
    add(month, null, "The summit on 20 November.");
    assertThat(month.day(2031, 11)).isEqualTo(LocalDate.of(2031, 11, 14));
    assertThat(month.day(0, 11)).isNull();
    assertThat(month.day(2031, 0)).isNull();
    BatchMonth single = new BatchMonth();
    add(single, null, "The vote on 18 November.");
    add(single, null, "Nothing dated.");
    assertThat(single.day(2031, 11)).isNull();
  }

  @Test
  void anEventDayWrittenWithAnotherYearIsNotThisYears() {
    BatchMonth month = new BatchMonth();
    add(month, null, "The strike of 14 November 2029, and the vote on 18 November.");
    add(month, null, "The strike of 14 November 2029, and the vote on Nov. 18.");
    assertThat(month.day(2031, 11)).isEqualTo(LocalDate.of(2031, 11, 18));
  }

  private static void add(BatchMonth month, String published, String text) {
    month.add(new Document("d" + text.hashCode(), "Outlet", published, null, text),
        BatchMonth.written(TextAnalyzer.analyze(text, 0.1, PublicationDates.parse(published))));
  }
}
