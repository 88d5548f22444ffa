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
        if (m.type() == MentionType.NAME
            && capture(state, slot, position, m.tokenEnd(), EntityNames.plain(state.text(position, m.tokenEnd())), next)) {
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
          end -> end > position && capture(state, slot, position, end, state.text(position, end), next));
    }

    @Override
    int minLength() {
      return inner.minLength();
    }

    @Override
    List<java.util.Set<String>> requiredWords() {
      return inner.requiredWords();
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
