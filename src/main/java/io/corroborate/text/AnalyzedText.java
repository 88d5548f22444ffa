package io.corroborate.text;

import java.util.List;

/**
 * A document after the text layer: sentences with tokens, typed mentions per sentence, attribution,
 * and physical lines. Offsets everywhere point into {@code text}.
 *
 * @param mentions one list per sentence, same index as {@code sentences}
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<List<Mention>> mentions,
    DocumentAttribution attribution) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
