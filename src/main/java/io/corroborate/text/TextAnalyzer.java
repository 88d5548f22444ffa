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
   */
  public static AnalyzedText analyze(String text, double approximateTolerance) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    QuantityRecognizer quantities = new QuantityRecognizer();
    NameRecognizer names = new NameRecognizer();
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<Mention> found = new ArrayList<>(quantities.find(sentence, approximateTolerance));
      found.addAll(names.find(sentence));
      mentions.add(found);
    }
    DocumentAttribution attribution = AttributionFinder.find(text, sentences);
    return new AnalyzedText(text, sentences, mentions, attribution);
  }
}
