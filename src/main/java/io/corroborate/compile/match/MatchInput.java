package io.corroborate.compile.match;

import io.corroborate.text.Mention;
import io.corroborate.text.Quote;
import io.corroborate.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence to match against: the document text, the sentence and its typed mentions, grouped by
 * start token once here so that every pattern run over the sentence shares the grouping.
 */
public final class MatchInput {
  private final String document;
  private final Sentence sentence;
  private final List<List<Mention>> mentionsByStart;
  private final List<Quote> quotes;
  private String[] tags;

  public MatchInput(String document, Sentence sentence, List<Mention> mentions) {
    this(document, sentence, mentions, List.of());
  }

  /** @param quotes the document's quotations, for {@code QUOTE} captures */
  public MatchInput(String document, Sentence sentence, List<Mention> mentions, List<Quote> quotes) {
    this.document = document;
    this.quotes = quotes;
    this.sentence = sentence;
    int size = sentence.tokens().size();
    List<List<Mention>> byStart = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      byStart.add(new ArrayList<>(1));
    }
    for (Mention m : mentions) {
      byStart.get(m.tokenStart()).add(m);
    }
    this.mentionsByStart = byStart;
  }

  public String document() {
    return document;
  }

  public Sentence sentence() {
    return sentence;
  }

  /**
   * Part-of-speech tags, tagged on first use and shared by every pattern of the sentence: most
   * sentences never need them, and tagging costs far more than matching.
   */
  String[] tags() {
    if (tags == null) {
      tags = io.corroborate.text.PosTagger.tags(sentence.tokens());
    }
    return tags;
  }

  /** The quotation whose opening mark is at {@code offset}, or null; quotes are in order and disjoint. */
  Quote quoteStartingAt(int offset) {
    int low = 0;
    int high = quotes.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = quotes.get(mid).start();
      if (start == offset) {
        return quotes.get(mid);
      }
      if (start < offset) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return null;
  }

  List<Mention> mentionsAt(int token) {
    return mentionsByStart.get(token);
  }
}
