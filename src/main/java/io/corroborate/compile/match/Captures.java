package io.corroborate.compile.match;

import io.corroborate.text.Dimension;
import io.corroborate.text.Mention;
import io.corroborate.text.MentionType;
import java.util.List;

/**
 * Nodes that fill slots. A capture records its token span and normalized value, tries the rest of the
 * pattern, and undoes itself when the rest fails, so a later path never sees a stale capture.
 */
final class Captures {
  private Captures() {}

  /**
   * A capture's value computed only if the capture is still in place when the whole pattern has matched:
   * most captures tried are undone when the rest of the pattern fails, and building their values (noun
   * phrase keys, name text) was a large part of matching (profiled).
   */
  @FunctionalInterface
  interface Deferred {
    Object value();
  }

  /** The value of a finished capture. */
  static Object resolve(Object value) {
    return value instanceof Deferred deferred ? deferred.value() : value;
  }

  private static boolean capture(MatchState state, int slot, int from, int to, Object value, Continuation next) {
    int oldStart = state.captureStart[slot];
    int oldEnd = state.captureEnd[slot];
    Object oldValue = state.captureValue[slot];
    state.captureStart[slot] = from;
    state.captureEnd[slot] = to;
    state.captureValue[slot] = value;
    if (next.at(to)) {
      return true;
    }
    state.captureStart[slot] = oldStart;
    state.captureEnd[slot] = oldEnd;
    state.captureValue[slot] = oldValue;
    return false;
  }

  /** {@code n:QUANTITY}, {@code n:QUANTITY[area]}, {@code n:NUMBER}: a number the text layer found. */
  static final class Numeric extends Node {
    private final int slot;
    private final MentionType type;
    private final Dimension dimension;

    Numeric(int slot, MentionType type, Dimension dimension) {
      this.slot = slot;
      this.type = type;
      this.dimension = dimension;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      if (position >= state.size()) {
        return false;
      }
      for (Mention m : longestFirst(state.mentionsAt(position))) {
        if (m.type() == type && (dimension == null || m.quantity().dimension() == dimension)
            && capture(state, slot, position, m.tokenEnd(), m.quantity(), next)) {
          return true;
        }
      }
      return false;
    }

    @Override
    List<MatchInput.MentionKind> mentionNeeds() {
      return List.of(new MatchInput.MentionKind(type, dimension));
    }

    @Override
    int minLength() {
      return 1;
    }
  }

  /**
   * {@code who:PERSON}, {@code p:PLACE}, …: a capitalized name the text layer found, or a phrase of a
   * lexicon declared for that entity type (which also gives the canonical form).
   */
  static final class Entity extends Node {
    private final int slot;
    private final List<LexiconTrie> lexicons;

    Entity(int slot, List<LexiconTrie> lexicons) {
      this.slot = slot;
      this.lexicons = lexicons;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      if (position >= state.size()) {
        return false;
      }
      for (LexiconTrie lexicon : lexicons) {
        for (LexiconTrie.Hit hit : lexicon.find(state.tokens, position, state.size())) {
          if (capture(state, slot, position, position + hit.length(), hit.canonical(), next)) {
            return true;
          }
        }
      }
      for (Mention m : longestFirst(state.mentionsAt(position))) {
        int end = m.tokenEnd();
        if (m.type() == MentionType.NAME
            && capture(state, slot, position, end, (Deferred) () -> EntityNames.plain(state.text(position, end)), next)) {
          return true;
        }
      }
      return false;
    }

    @Override
    int minLength() {
      return 1;
    }
  }

  /** {@code g:Nationality}: a lexicon phrase, whose canonical form is the value. */
  static final class LexiconValue extends Node {
    private final int slot;
    private final LexiconTrie trie;

    LexiconValue(int slot, LexiconTrie trie) {
      this.slot = slot;
      this.trie = trie;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      for (LexiconTrie.Hit hit : trie.find(state.tokens, position, state.size())) {
        if (capture(state, slot, position, position + hit.length(), hit.canonical(), next)) {
          return true;
        }
      }
      return false;
    }

    @Override
    int minLength() {
      return 1;
    }

    @Override
    int maxLength() {
      return trie.longest();
    }

    @Override
    List<java.util.Set<String>> requiredWords() {
      return List.of(trie.firstWords());
    }
  }

  /**
   * {@code what:NOUN}: a noun phrase of modifiers and a head noun ("North Korean soldiers"), by part of
   * speech. The value is canonical: modifiers in lower case, the head through the rule set's {@code NOUN}
   * lexicons ("soldiers" → "troops") or else in the singular, so that outlets' wordings share a key.
   * Longest phrase first, shorter ones when the rest of the pattern needs them.
   */
  static final class NounPhrase extends Node {
    private static final int MAX_WORDS = 6;
    private static final java.util.Set<String> PHRASE_TAGS = java.util.Set.of("ADJ", "PROPN", "NOUN");
    /** Words the tagger calls adjectives that count or order rather than describe: not part of a key. */
    private static final java.util.Set<String> NOT_MODIFIERS = java.util.Set.of("other", "more", "many", "several",
        "few", "such", "same", "various", "additional", "further", "last", "first", "next", "own", "fellow",
        "least", "most", "extra", "total", "overall", "new", "latest", "earlier", "previous", "former");
    /**
     * "three more attackers", "two other gunmen", "an additional 20 troops": a count of these is an increment
     * or a part, not the total the phrase would key, so no noun phrase starts with them.
     */
    private static final java.util.Set<String> PARTIAL_OPENERS = java.util.Set.of("other", "more", "additional",
        "further", "remaining", "extra", "fellow");
    private final int slot;
    private final List<LexiconTrie> heads;

    NounPhrase(int slot, List<LexiconTrie> heads) {
      this.slot = slot;
      this.heads = heads;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      int size = state.size();
      if (position >= size) {
        return false;
      }
      if (PARTIAL_OPENERS.contains(state.tokens.get(position).lower())) {
        return false;
      }
      List<int[]> ends = new java.util.ArrayList<>(); // {end, headStart} pairs, found left to right
      for (int j = position; j < size && j - position < MAX_WORDS; j++) {
        for (LexiconTrie heads : this.heads) {
          for (LexiconTrie.Hit hit : heads.find(state.tokens, j, size)) {
            ends.add(new int[] {j + hit.length(), j});
          }
        }
        if (!inPhrase(state, j)) {
          break;
        }
        if (!NOT_MODIFIERS.contains(state.tokens.get(j).lower()) && state.tagIs(j, tag -> !"ADJ".equals(tag))) {
          ends.add(new int[] {j + 1, j});
        }
      }
      ends.sort((a, b) -> Integer.compare(b[0], a[0]));
      for (int[] end : ends) {
        int headStart = end[1];
        int to = end[0];
        if (listGoesOnUnderGuess(state, to)) {
          continue;
        }
        if (capture(state, slot, position, to, (Deferred) () -> canonical(state, position, headStart, to), next)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when the phrase ending before {@code to} is the first of a list of nouns ("115,000 police,
     * gendarmes and soldiers", "troops and police"): the count is of the whole list, which no one head keys.
     * A comma starts a list only when "and" or "or" closes it within a few nouns ("300 soldiers, officials
     * said" is no list).
     */
    private static boolean listGoesOnUnderGuess(MatchState state, int to) {
      // a test that stops a match: under guessed tags it must fail where the tags may let the match pass
      MatchState.Tags mode = state.mode;
      state.mode = mode.negated();
      try {
        return listGoesOn(state, to);
      } finally {
        state.mode = mode;
      }
    }

    private static boolean listGoesOn(MatchState state, int to) {
      int size = state.size();
      if (to + 1 >= size) {
        return false;
      }
      String mark = state.tokens.get(to).lower();
      if (mark.equals("and")) { // not "or": "soldiers or soldiers of the army" says the same thing twice
        return nounAt(state, to + 1);
      }
      if (!mark.equals(",")) {
        return false;
      }
      for (int j = to + 1; j < size && j <= to + 4; j++) {
        String word = state.tokens.get(j).lower();
        if ((word.equals("and") || word.equals("or")) && j > to + 1) {
          return nounAt(state, j + 1);
        }
        if (!word.equals(",") && !state.nounForm(j)) { // the tagger often misreads rare plurals ("gendarmes")
          return false;
        }
      }
      return false;
    }

    private static boolean nounAt(MatchState state, int j) {
      return j < state.size() && state.nounForm(j) && state.tagIs(j, PHRASE_TAGS::contains);
    }

    /**
     * Whether token {@code j} can be part of the phrase. The sentence's tags are asked for last: tagging costs
     * far more than the other tests, and a phrase tried before a number, a mark, a month or an age is
     * decided without them.
     */
    private static boolean inPhrase(MatchState state, int j) {
      return state.nounForm(j) && state.tagIs(j, PHRASE_TAGS::contains);
    }

    /** Whether a token's form lets it be part of a noun phrase: a word, not a month or weekday, not an age. */
    static boolean nounForm(io.corroborate.text.Token token) {
      return token.isWord() && !io.corroborate.text.CalendarWords.isCalendarWord(token)
          && !AGE.matcher(token.lower()).find();
    }

    @Override
    boolean readsTags() {
      return true;
    }

    /** "34-year-old man": an age, not a count of men. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("^-?(year|month|week|day)s?-old$");

    private String canonical(MatchState state, int from, int headStart, int to) {
      StringBuilder out = new StringBuilder();
      for (int i = from; i < headStart; i++) {
        if (!NOT_MODIFIERS.contains(state.tokens.get(i).lower())) {
          out.append(state.tokens.get(i).lower()).append(' ');
        }
      }
      for (LexiconTrie heads : this.heads) {
        for (LexiconTrie.Hit hit : heads.find(state.tokens, headStart, to)) {
          if (headStart + hit.length() == to) {
            return out.append(hit.canonical()).toString();
          }
        }
      }
      for (int i = headStart; i < to - 1; i++) {
        out.append(state.tokens.get(i).lower()).append(' ');
      }
      return out.append(io.corroborate.text.NounForms.singular(state.tokens.get(to - 1).text())).toString();
    }

    @Override
    int minLength() {
      return 1;
    }
  }

  /**
   * {@code words:QUOTE}: a quotation that starts here, to its closing mark or the end of the sentence when
   * it runs on. The value is the quoted text; the claim's speaker is the quote's. Quoted fragments of
   * fewer than {@value #MIN_WORDS} words are scare quotes and titles, not statements, and do not match.
   */
  static final class Quotation extends Node {
    static final int MIN_WORDS = 5;
    private final int slot;

    Quotation(int slot) {
      this.slot = slot;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      if (position >= state.size()) {
        return false;
      }
      // a quote starts at its opening mark: any other token is ruled out without finding the document's quotes
      if (!io.corroborate.text.QuoteFinder.isDoubleMark(state.document.charAt(state.tokens.get(position).start()))) {
        return false;
      }
      io.corroborate.text.Quote quote = state.quoteStartingAt(position);
      if (quote == null) {
        return false;
      }
      int to = position;
      while (to < state.size() && state.tokens.get(to).start() < quote.end()) {
        to++;
      }
      String words = state.document.substring(quote.contentStart(), quote.contentEnd()).strip();
      if (words.split("\\s+").length < MIN_WORDS) {
        return false;
      }
      return capture(state, slot, position, to, words, next);
    }

    @Override
    int minLength() {
      return 1;
    }
  }

  /** {@code name:( ... )}: the text a sub-pattern matched. */
  static final class Group extends Node {
    private final int slot;
    private final Node inner;

    Group(int slot, Node inner) {
      this.slot = slot;
      this.inner = inner;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      return inner.match(state, position,
          end -> end > position && capture(state, slot, position, end, (Deferred) () -> state.text(position, end), next));
    }

    @Override
    int minLength() {
      return inner.minLength();
    }

    @Override
    boolean readsTags() {
      return inner.readsTags();
    }

    @Override
    int maxLength() {
      return inner.maxLength();
    }

    @Override
    List<java.util.Set<String>> requiredWords() {
      return inner.requiredWords();
    }

    @Override
    List<MatchInput.MentionKind> mentionNeeds() {
      return inner.mentionNeeds();
    }
  }

  private static List<Mention> longestFirst(List<Mention> mentions) {
    if (mentions.size() < 2) {
      return mentions;
    }
    return mentions.stream()
        .sorted((a, b) -> Integer.compare(b.tokenEnd(), a.tokenEnd()))
        .toList();
  }
}
