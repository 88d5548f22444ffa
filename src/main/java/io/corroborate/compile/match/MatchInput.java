package io.corroborate.compile.match;

import io.corroborate.text.Mention;
import io.corroborate.text.Quote;
import io.corroborate.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One sentence to match against: the document text, the sentence and its typed mentions, grouped by
 * start token once here so that every pattern run over the sentence shares the grouping. Mentions,
 * quotations and tags are read on first use: a sentence whose patterns fail on its words never needs them.
 */
public final class MatchInput {
  private final String document;
  private final Sentence sentence;
  private final Supplier<List<Mention>> mentions;
  private final Supplier<List<Quote>> quotes;
  private List<List<Mention>> mentionsByStart;
  private List<Quote> quoteList;
  private String[] tags;
  private boolean[] nounForms;
  /** The distinct (type, dimension) pairs of the sentence's mentions, once they are known. */
  private java.util.Set<MentionKind> mentionKinds;

  /** What a capture of a number, quantity, date or time needs the sentence to have: a mention of this kind. */
  record MentionKind(io.corroborate.text.MentionType type, io.corroborate.text.Dimension dimension) {}

  public MatchInput(String document, Sentence sentence, List<Mention> mentions) {
    this(document, sentence, () -> mentions, List::of);
  }

  /** @param quotes the document's quotations, for {@code QUOTE} captures */
  public MatchInput(String document, Sentence sentence, List<Mention> mentions, List<Quote> quotes) {
    this(document, sentence, () -> mentions, () -> quotes);
  }

  /**
   * @param mentions the sentence's mentions, asked for at most once, when a capture first needs them
   * @param quotes the document's quotations, asked for at most once, when a {@code QUOTE} capture first needs them
   */
  public MatchInput(String document, Sentence sentence, Supplier<List<Mention>> mentions,
      Supplier<List<Quote>> quotes) {
    this.document = document;
    this.sentence = sentence;
    this.mentions = mentions;
    this.quotes = quotes;
  }

  private List<List<Mention>> mentionsByStart() {
    if (mentionsByStart == null) {
      int size = sentence.tokens().size();
      List<List<Mention>> byStart = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        byStart.add(new ArrayList<>(1));
      }
      for (Mention m : mentions.get()) {
        byStart.get(m.tokenStart()).add(m);
      }
      mentionsByStart = byStart;
    }
    return mentionsByStart;
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
    if (quoteList == null) {
      quoteList = quotes.get();
    }
    List<Quote> quotes = quoteList;
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

  /** Whether the sentence's mentions have been read already. */
  boolean mentionsKnown() {
    return mentionsByStart != null;
  }

  /** Whether the sentence has a mention of {@code need}'s type and, unless that is null, dimension. */
  boolean hasMention(MentionKind need) {
    if (mentionKinds == null) {
      java.util.Set<MentionKind> kinds = new java.util.HashSet<>();
      for (List<Mention> at : mentionsByStart()) {
        for (Mention m : at) {
          kinds.add(new MentionKind(m.type(), m.quantity() == null ? null : m.quantity().dimension()));
          kinds.add(new MentionKind(m.type(), null));
        }
      }
      mentionKinds = kinds;
    }
    return mentionKinds.contains(need);
  }

  List<Mention> mentionsAt(int token) {
    return mentionsByStart().get(token);
  }

  /** Per token, {@link Captures.NounPhrase#nounForm}: computed once, as several patterns and starts ask. */
  boolean[] nounForms() {
    if (nounForms == null) {
      List<io.corroborate.text.Token> tokens = sentence.tokens();
      boolean[] forms = new boolean[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = Captures.NounPhrase.nounForm(tokens.get(i));
      }
      nounForms = forms;
    }
    return nounForms;
  }

  /** Whether the sentence has been tagged already (by an earlier pattern). */
  boolean tagged() {
    return tags != null;
  }
}
