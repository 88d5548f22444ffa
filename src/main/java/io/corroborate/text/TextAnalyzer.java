package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text layer in one call: sentences and tokens, numbers and quantities, names, quotes and
 * speakers. Pure: the same text always gives the same analysis.
 */
public final class TextAnalyzer {
  private TextAnalyzer() {}

  /**
   * @param approximateTolerance the half-width of "roughly N" intervals, as a fraction of N
   * @param published the publication date, against which "Thursday" or "last week" resolve; null if
   *     unknown (relative dates are then not recognized)
   */
  public static AnalyzedText analyze(String text, double approximateTolerance, java.time.LocalDate published) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    QuantityRecognizer quantities = new QuantityRecognizer();
    NameRecognizer names = new NameRecognizer();
    DateRecognizer dates = new DateRecognizer();
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<Mention> found = new ArrayList<>(quantities.find(sentence, approximateTolerance));
      found.addAll(names.find(sentence));
      found.addAll(dates.find(sentence, published));
      mentions.add(found);
    }
    DocumentAttribution attribution = AttributionFinder.find(text, sentences);
    return new AnalyzedText(text, sentences, mentions, attribution);
  }
}
