package io.corroborate.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer in one call: sentences and tokens, numbers and quantities, names, quotes and
 * speakers. Pure: the same text always gives the same analysis.
 */
public final class TextAnalyzer {
  private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer();
  private static final NameRecognizer NAMES = new NameRecognizer();
  private static final DateRecognizer DATES = new DateRecognizer();

  private TextAnalyzer() {}

  /**
   * Splits the text into sentences now; a sentence's mentions and the document's attribution are
   * computed when first read ({@link AnalyzedText}), because most sentences of a news text can hold no
   * claim and never need them: running every recognizer on every sentence and attribution on every
   * document was 40% of an evaluation of the generated corpus (profiled in bench/RESULTS.md).
   *
   * @param approximateTolerance the half-width of "roughly N" intervals, as a fraction of N
   * @param published the publication date, against which "Thursday" or "last week" resolve; null if
   *     unknown (relative dates are then not recognized)
   */
  public static AnalyzedText analyze(String text, double approximateTolerance, LocalDate published) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    return new AnalyzedText(text, sentences, i -> mentions(sentences.get(i), approximateTolerance, published));
  }

  /** Quantities, then names, then dates: the order matching has always seen them in. */
  private static List<Mention> mentions(Sentence sentence, double approximateTolerance, LocalDate published) {
    List<Mention> found = new ArrayList<>(QUANTITIES.find(sentence, approximateTolerance));
    found.addAll(NAMES.find(sentence));
    found.addAll(DATES.find(sentence, published));
    return found;
  }
}
