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

  /**
   * How the text {@code [start, end)} (document offsets) of sentence {@code sentenceIndex} is asserted:
   * negated, hedged, conditional, future (see {@link Modality}). The tokens overlapping the range are
   * the span; the words around it in its clause decide. Cheap: one pass over the sentence's tokens.
   */
  public Modality modalityAt(int sentenceIndex, int start, int end) {
    List<Token> tokens = sentences.get(sentenceIndex).tokens();
    int from = 0;
    while (from < tokens.size() && tokens.get(from).end() <= start) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && tokens.get(to).start() < end) {
      to++;
    }
    return modalityOf(sentenceIndex, from, to);
  }

  /** As {@link #modalityAt}, for the sentence's tokens {@code [fromToken, toToken)} (as in {@link Mention}). */
  public Modality modalityOf(int sentenceIndex, int fromToken, int toToken) {
    List<Token> tokens = sentences.get(sentenceIndex).tokens();
    if (fromToken < 0 || toToken < fromToken || toToken > tokens.size()) {
      throw new IndexOutOfBoundsException("token range [" + fromToken + ", " + toToken + ") is outside sentence "
          + sentenceIndex + " of " + tokens.size() + " tokens");
    }
    return Modalities.of(tokens, fromToken, toToken, attribution.hedged(sentenceIndex));
  }
}
