package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corroborate.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline (splitter, tokenizer, attribution, modality) over the shared seed articles:
 * invariants asserted, counts printed for the record. No expected speakers: the seeds are not ours
 * to copy into tests.
 */
class AttributionSeedMeasureTest {

  @Test
  void seedsKeepTheInvariantsAndReportCounts() throws IOException {
    Path seeds = SharedData.require("seeds");
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, Integer> totals = new TreeMap<>();
    for (Path file : files) {
      AnalyzedText a = TextAnalyzer.analyze(Files.readString(file, StandardCharsets.UTF_8), 0.1, null);
      measure(file.getFileName().toString(), a, totals);
    }
    System.out.println("attribution over " + files.size() + " seed articles: " + totals);
  }

  private static void measure(String file, AnalyzedText a, Map<String, Integer> totals) {
    DocumentAttribution at = a.attribution();
    for (Sentence s : a.sentences()) {
      count(totals, "sentences");
      Speaker speaker = at.sentenceSpeaker(s.index());
      if (at.attributed(s.index())) {
        count(totals, "attributed");
      }
      if (speaker != null) {
        count(totals, speaker.resolved() ? "speakers resolved" : "speakers named");
        assertTrue(at.attributed(s.index()), file + " sentence " + s.index());
        assertTrue(a.text().replaceAll("\\s+", " ").contains(speaker.name()), file + ": name from the text");
      }
      if (at.hedged(s.index())) {
        count(totals, "hedged sentences");
      }
      for (int t = 0; t < s.tokens().size(); t++) {
        if (s.tokens().get(t).kind() == TokenKind.NUMBER) {
          Modality m = a.modalityOf(s.index(), t, t + 1);
          assertNotNull(m);
          count(totals, "numbers " + m.describe());
        }
      }
    }
    int end = 0;
    for (Quote q : at.quotes()) {
      count(totals, q.speaker() == null ? "quotes without speaker" : "quotes with speaker");
      assertTrue(q.start() >= end && q.end() <= a.text().length(), file + ": quotes sorted and disjoint");
      end = q.end();
      if (q.speaker() != null && !q.speaker().resolved()) {
        assertEquals(q.speaker().surface(),
            a.text().substring(q.speaker().start(), q.speaker().end()).replaceAll("\\s+", " "));
      }
    }
  }

  private static void count(Map<String, Integer> totals, String key) {
    totals.merge(key, 1, Integer::sum);
  }
}
