package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AnalyzedText} answers a claim's questions (its speaker, its modality, the quotes' spans) from the
 * sentence alone when it can: the answers must be those of the whole document's attribution, asked before
 * the attribution exists, for every token of every sentence.
 */
class AnalyzedTextTest {
  private static final List<String> INVENTED = List.of(
      "Mara Kestrel visited the port on Monday. She said 300 people had fled. The bridge reportedly closed.",
      "“We counted 40 boats,” the harbour master said. The count was 40. “Nobody left,” he added.\n"
          + "“Two ferries sank.”\nThat was the view of Tomas Vell.",
      "Police said 12 were hurt, adding that 3 were children. Officials are believed to have counted 15.\n"
          + "According to the ministry, “the toll rose to 20” on Friday. The toll rose to 22.",
      "The Vaifim depot holds about 84 crates. Inspectors found that 1,490 crates were missing.");

  @Test
  void inventedDocumentsAnswerAsTheirAttribution() {
    INVENTED.forEach(AnalyzedTextTest::assertSameAnswers);
  }

  @Test
  void seedsAnswerAsTheirAttribution() throws IOException {
    corpus("../shared/seeds", StandardCharsets.UTF_8);
  }

  @Test
  void wikirefNewsAnswersAsItsAttribution() throws IOException {
    corpus("../shared/data/wikiref-news/WikiRef220", Charset.forName("windows-1252"));
  }

  @Test
  void aSentenceWithoutCuesOutsideQuotesCreditsNoOne() {
    AnalyzedText text = TextAnalyzer.analyze(INVENTED.get(3), 0.1, null);
    assertNull(text.speakerAt(0, text.sentences().get(0).start()));
  }

  private static void corpus(String folder, Charset charset) throws IOException {
    CorpusInvariantsTest.read(CorpusInvariantsTest.corpus(folder), charset).forEach(AnalyzedTextTest::assertSameAnswers);
  }

  /**
   * Each sentence is asked in a fresh analysis (the first question that needs the whole attribution computes it,
   * and every later one reads it): modalities first, then speakers outside quotes, then inside.
   */
  private static void assertSameAnswers(String doc) {
    List<Sentence> sentences = SentenceSplitter.split(doc);
    DocumentAttribution whole = AttributionFinder.find(doc, sentences);
    AnalyzedText eager = new AnalyzedText(doc, sentences, i -> List.of());
    eager.attribution();
    assertEquals(spans(whole.quotes()), new AnalyzedText(doc, sentences, i -> List.of()).quotes(), doc);
    for (Sentence s : sentences) {
      AnalyzedText lazy = new AnalyzedText(doc, sentences, i -> List.of());
      List<Token> tokens = s.tokens();
      for (int t = 0; t < tokens.size(); t++) {
        assertEquals(eager.modalityOf(s.index(), t, t + 1), lazy.modalityOf(s.index(), t, t + 1), where(doc, s, t));
      }
      for (boolean quoted : new boolean[] {false, true}) {
        for (int t = 0; t < tokens.size(); t++) {
          int offset = tokens.get(t).start();
          if (whole.inQuote(offset) == quoted) {
            assertEquals(whole.speakerAt(s.index(), offset), lazy.speakerAt(s.index(), offset), where(doc, s, t));
          }
        }
      }
    }
  }

  private static String where(String doc, Sentence s, int token) {
    return "sentence " + s.index() + " token " + token + " of: " + doc;
  }

  private static List<Quote> spans(List<Quote> quotes) {
    return quotes.stream().map(q -> q.withSpeaker(null)).toList();
  }
}
