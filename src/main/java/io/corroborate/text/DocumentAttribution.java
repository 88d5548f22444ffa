package io.corroborate.text;

import java.util.Arrays;
import java.util.List;

/**
 * Who said what in one document: its quotes with their speakers, and per sentence the speaker of
 * its reporting cue, whether it is attributed at all, and whether it is hedged. Immutable.
 * Sentence indices are positions in the sentence list given to {@link AttributionFinder#find}.
 */
public final class DocumentAttribution {
  private final List<Quote> quotes;
  private final Speaker[] speakers;
  private final boolean[] attributed;
  private final boolean[] hedged;
  /** Per sentence, the text each cue's speaker vouches for (see {@link ClauseScopes}). */
  private final List<List<ClauseScopes.Scope>> scopes;

  DocumentAttribution(List<Quote> quotes, Speaker[] speakers, boolean[] attributed, boolean[] hedged,
      List<List<ClauseScopes.Scope>> scopes) {
    this.quotes = List.copyOf(quotes);
    this.speakers = speakers.clone();
    this.attributed = attributed.clone();
    this.hedged = hedged.clone();
    this.scopes = List.copyOf(scopes);
  }

  /** No quotes, no cues, no hedges: for a document of {@code sentenceCount} sentences. */
  public static DocumentAttribution empty(int sentenceCount) {
    return new DocumentAttribution(List.of(), new Speaker[sentenceCount], new boolean[sentenceCount],
        new boolean[sentenceCount], java.util.Collections.nCopies(sentenceCount, List.of()));
  }

  /** The document's quotes in order; disjoint. */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * The speaker of the sentence's first reporting cue that names one (outside quotes), or null: whether and
   * by whom the sentence is attributed at all, for sentence notes and findings. A claim's speaker depends on
   * the clause it stands in: {@link #speakerAt}.
   */
  public Speaker sentenceSpeaker(int sentenceIndex) {
    return speakers[sentenceIndex];
  }

  /**
   * The speaker of the text at {@code offset} of sentence {@code sentenceIndex}: the speaker of the
   * quote containing the offset if that quote has one, else the speaker of the first reporting cue whose
   * clause covers the offset ("X said that …" covers what follows, "…, X said" what precedes), else null.
   * A figure outside every reported clause is the outlet's own, even when the sentence names a speaker.
   */
  public Speaker speakerAt(int sentenceIndex, int offset) {
    int q = SentenceWords.quoteAt(quotes, offset);
    if (q >= 0 && quotes.get(q).speaker() != null) {
      return quotes.get(q).speaker();
    }
    for (ClauseScopes.Scope scope : scopes.get(sentenceIndex)) {
      if (scope.covers(offset)) {
        return scope.speaker();
      }
    }
    return null;
  }

  /** True when the sentence has a reporting cue, or overlaps a quote a cue attributes. */
  public boolean attributed(int sentenceIndex) {
    return attributed[sentenceIndex];
  }

  /** True when {@code offset} lies inside a quote, marks included. */
  public boolean inQuote(int offset) {
    return SentenceWords.quoteAt(quotes, offset) >= 0;
  }

  /** True when the sentence carries a reporting hedge ("reportedly", "it is believed", "these claims"). */
  public boolean hedged(int sentenceIndex) {
    return hedged[sentenceIndex];
  }

  @Override
  public String toString() {
    return "DocumentAttribution[quotes=" + quotes + ", speakers=" + Arrays.toString(speakers) + "]";
  }
}
