package io.corroborate.text;

import java.util.List;

/** A test document run through the stand-in splitter and {@link AttributionFinder}. */
record AttributedDoc(String text, List<Sentence> sentences, DocumentAttribution attribution) {

  /** Both token shapes: abbreviation periods detached ("U.S" + ".") and kept ("U.S."). */
  static final boolean[] SHAPES = {false, true};

  static AttributedDoc of(String text, boolean keepAbbreviationDots) {
    List<Sentence> sentences = AttributionTestText.sentences(text, keepAbbreviationDots);
    return new AttributedDoc(text, sentences, AttributionFinder.find(text, sentences));
  }

  /** The quoted text (between the marks) of each quote. */
  List<String> quoteContents() {
    return attribution.quotes().stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
  }

  String describe(boolean keep) {
    return "[" + (keep ? "dots kept" : "dots detached") + "] " + text;
  }
}
