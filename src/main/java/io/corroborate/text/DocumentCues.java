package io.corroborate.text;

import java.util.List;

/**
 * The parts of attribution that need one sentence only: the document's quotes (spans, speakers unset) and
 * per sentence its words and reporting cues, each computed on first request and kept. A claim's hedge, and
 * its speaker when it lies outside every quote in a sentence without cues, follow from these alone; the
 * document-wide parts (names, pronouns, quote speakers) are {@link AttributionFinder}'s, which reads its
 * words and cues from here. Racing threads compute equal values; what is kept is immutable, or reachable
 * only through final fields.
 */
final class DocumentCues {
  /** One sentence's words and reporting cues; never modified once built. */
  record Read(List<Word> words, List<CueFinder.Cue> cues) {}

  private final String doc;
  private final List<Sentence> sentences;
  private final Read[] read;
  private volatile List<Quote> quotes;

  DocumentCues(String doc, List<Sentence> sentences) {
    this.doc = doc;
    this.sentences = sentences;
    this.read = new Read[sentences.size()];
  }

  String doc() {
    return doc;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** The document's quotes in order, speakers unset. */
  List<Quote> quotes() {
    List<Quote> known = quotes;
    if (known == null) {
      known = List.copyOf(QuoteFinder.find(doc));
      quotes = known;
    }
    return known;
  }

  /** Sentence {@code index}'s words, each marked with its quote. */
  List<Word> words(int index) {
    return read(index).words();
  }

  /** Sentence {@code index}'s reporting cues, speakers not yet named. */
  List<CueFinder.Cue> cues(int index) {
    return read(index).cues();
  }

  private Read read(int index) {
    Read known = read[index];
    if (known == null) {
      List<Word> words = SentenceWords.of(sentences.get(index), quotes());
      known = new Read(words, CueFinder.find(words));
      read[index] = known; // a record of final fields: a racing reader sees it whole or null
    }
    return known;
  }
}
