package io.corroborate.text;

import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A document after the text layer: sentences with tokens, typed mentions per sentence, attribution,
 * and physical lines. Offsets everywhere point into {@code text}.
 *
 * <p>Mentions and attribution are computed on first request and kept (see {@link TextAnalyzer}): a
 * sentence no pattern can match never needs its numbers, dates and names read, and a document without
 * claims or findings never needs its speakers. A pure function of the text either way, so what is
 * read is the same whenever it is read. Safe to share between threads: two threads asking at once may
 * both compute a value, and both get equal ones; what is kept is immutable.
 */
public final class AnalyzedText {
  private final String text;
  private final List<Sentence> sentences;
  private final IntFunction<List<Mention>> finder;
  private final Supplier<DocumentAttribution> attributionFinder;
  private final List<Mention>[] found;
  /** Quotes, words and cues per sentence: what a claim's speaker and hedge need before the whole attribution. */
  private final DocumentCues cues;
  private volatile DocumentAttribution attribution;

  /**
   * An analysis computed in full beforehand.
   *
   * @param mentions one list per sentence, same index as {@code sentences}
   */
  public AnalyzedText(String text, List<Sentence> sentences, List<List<Mention>> mentions,
      DocumentAttribution attribution) {
    this(text, sentences, mentionsOf(mentions, sentences.size()), () -> attribution);
    this.attribution = attribution;
  }

  /**
   * An analysis computed as it is read, attribution by {@link AttributionFinder}.
   *
   * @param finder the mentions of the sentence at an index, called at most once per index and thread
   */
  AnalyzedText(String text, List<Sentence> sentences, IntFunction<List<Mention>> finder) {
    this(text, sentences, finder, null);
  }

  /** @param attributionFinder the document's attribution; null: {@link AttributionFinder} over {@link #cues} */
  private AnalyzedText(String text, List<Sentence> sentences, IntFunction<List<Mention>> finder,
      Supplier<DocumentAttribution> attributionFinder) {
    this.text = text;
    this.sentences = List.copyOf(sentences);
    this.finder = finder;
    this.cues = new DocumentCues(text, this.sentences);
    this.attributionFinder = attributionFinder != null ? attributionFinder : () -> AttributionFinder.find(cues);
    @SuppressWarnings("unchecked")
    List<Mention>[] lists = new List[this.sentences.size()];
    this.found = lists;
  }

  private static IntFunction<List<Mention>> mentionsOf(List<List<Mention>> mentions, int sentenceCount) {
    if (mentions.size() != sentenceCount) {
      throw new IllegalArgumentException(mentions.size() + " mention lists for " + sentenceCount + " sentences");
    }
    List<List<Mention>> copy = mentions.stream().map(List::copyOf).toList();
    return copy::get;
  }

  public String text() {
    return text;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** The typed mentions of sentence {@code sentenceIndex}, in the recognizers' order. */
  public List<Mention> mentions(int sentenceIndex) {
    List<Mention> known = found[sentenceIndex];
    if (known == null) {
      // an immutable list (final fields) published by a plain write: a racing reader sees it whole or null
      known = List.copyOf(finder.apply(sentenceIndex));
      found[sentenceIndex] = known;
    }
    return known;
  }

  /** One list per sentence, same index as {@link #sentences()}; each is computed when first read. */
  public List<List<Mention>> mentions() {
    return new AbstractList<>() {
      @Override
      public List<Mention> get(int index) {
        return mentions(index);
      }

      @Override
      public int size() {
        return found.length;
      }
    };
  }

  /** Who said what in the document; computed for the whole document on first request. */
  public DocumentAttribution attribution() {
    DocumentAttribution known = attribution;
    if (known == null) {
      known = attributionFinder.get();
      attribution = known;
    }
    return known;
  }

  /** The document's quotations in order, marks included, speakers unset (they are {@link #attribution()}'s). */
  public List<Quote> quotes() {
    return cues.quotes();
  }

  /**
   * Same as {@code attribution().speakerAt(sentenceIndex, offset)}, without finding the whole document's
   * attribution when the sentence alone decides: outside every quote, a sentence without a reporting cue
   * credits no one (names, pronouns and quote speakers are document-wide, and most claims need none of them).
   */
  public Speaker speakerAt(int sentenceIndex, int offset) {
    if (attribution == null && SentenceWords.quoteAt(cues.quotes(), offset) < 0
        && cues.cues(sentenceIndex).isEmpty()) {
      return null;
    }
    return attribution().speakerAt(sentenceIndex, offset);
  }

  /** Same as {@code attribution().hedged(sentenceIndex)}, from the sentence's own words and cues. */
  private boolean hedged(int sentenceIndex) {
    DocumentAttribution known = attribution;
    return known != null ? known.hedged(sentenceIndex)
        : ReportingHedges.hedged(cues.words(sentenceIndex), cues.cues(sentenceIndex));
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
    return Modalities.of(tokens, fromToken, toToken, hedged(sentenceIndex));
  }
}
