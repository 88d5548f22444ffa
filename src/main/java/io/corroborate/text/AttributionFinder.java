package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds who said what in a document: quotes ({@link QuoteFinder}), reporting cues per sentence
 * ({@link CueFinder}) with their speakers ({@link CueSpeakers}), each quote's speaker
 * ({@link QuoteSpeakers}), and reporting hedges ({@link ReportingHedges}). Pure and thread-safe; linear in
 * the text apart from a logarithmic lookup per token. Depends only on the sentence and token records,
 * not on how they were produced.
 */
public final class AttributionFinder {
  private AttributionFinder() {}

  /**
   * Attribution for {@code doc}, split into {@code sentences} (in document order, offsets into
   * {@code doc}, each on one line).
   */
  public static DocumentAttribution find(String doc, List<Sentence> sentences) {
    return find(new DocumentCues(doc, sentences));
  }

  /** As {@link #find(String, List)}, reusing the words and cues {@code read} has already found. */
  static DocumentAttribution find(DocumentCues read) {
    String doc = read.doc();
    List<Sentence> sentences = read.sentences();
    List<Quote> quotes = read.quotes();
    List<List<Word>> words = new ArrayList<>(sentences.size());
    List<List<CueFinder.Cue>> cues = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      words.add(read.words(i));
      cues.add(read.cues(i));
    }
    DocumentNames names = new DocumentNames(doc, sentences, words);
    List<List<CueSpeakers.Attributed>> attributedCues = CueSpeakers.of(doc, sentences, words, cues, names);
    QuoteSpeakers.Result quoted = QuoteSpeakers.assign(doc, sentences, words, quotes, attributedCues);

    int n = sentences.size();
    Speaker[] speakers = new Speaker[n];
    boolean[] attributed = new boolean[n];
    boolean[] hedged = new boolean[n];
    List<List<ClauseScopes.Scope>> scopes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      speakers[i] = firstSpeaker(attributedCues.get(i));
      attributed[i] = !attributedCues.get(i).isEmpty();
      hedged[i] = ReportingHedges.hedged(words.get(i), cues.get(i));
      scopes.add(ClauseScopes.of(sentences.get(i), words.get(i), attributedCues.get(i)));
    }
    markQuotedSentences(sentences, quoted, attributed);
    return new DocumentAttribution(quoted.quotes(), speakers, attributed, hedged, scopes);
  }

  /** The leftmost cue that names a speaker: in "X said Thursday, CNN reported" the source is X. */
  private static Speaker firstSpeaker(List<CueSpeakers.Attributed> cues) {
    CueSpeakers.Attributed first = null;
    for (CueSpeakers.Attributed a : cues) {
      if (a.speaker() != null && (first == null || a.cue().start() < first.cue().start())) {
        first = a;
      }
    }
    return first == null ? null : first.speaker();
  }

  /** Every sentence overlapping an attributed quote is attributed. */
  private static void markQuotedSentences(List<Sentence> sentences, QuoteSpeakers.Result quoted,
      boolean[] attributed) {
    for (int q = 0; q < quoted.quotes().size(); q++) {
      if (!quoted.attributed()[q]) {
        continue;
      }
      Quote quote = quoted.quotes().get(q);
      for (int s = Sentences.firstEndingAfter(sentences, quote.start());
          s < sentences.size() && sentences.get(s).start() < quote.end(); s++) {
        attributed[s] = true;
      }
    }
  }
}
