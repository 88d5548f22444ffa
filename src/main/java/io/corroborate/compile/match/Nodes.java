package io.corroborate.compile.match;

import io.corroborate.text.Token;
import io.corroborate.text.TokenKind;
import java.util.List;
import java.util.regex.Pattern;

/** The token-level nodes: literals, lexicons, token tests and gaps. */
final class Nodes {
  private Nodes() {}

  /** Case-insensitive words, one token each. */
  static final class Literal extends Node {
    private final String[] words;

    Literal(List<String> words) {
      this.words = words.toArray(String[]::new);
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      if (position + words.length > state.size()) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        if (!state.tokens.get(position + i).lower().equals(words[i])) {
          return false;
        }
      }
      return next.at(position + words.length);
    }

    @Override
    int minLength() {
      return words.length;
    }

    @Override
    int maxLength() {
      return words.length;
    }

    @Override
    java.util.List<java.util.Set<String>> requiredWords() {
      return java.util.Arrays.stream(words).map(java.util.Set::of).toList();
    }
  }

  /** Any phrase of a lexicon, longest first. */
  static final class Lexicon extends Node {
    private final LexiconTrie trie;

    Lexicon(LexiconTrie trie) {
      this.trie = trie;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      for (LexiconTrie.Hit hit : trie.find(state.tokens, position, state.size())) {
        if (next.at(position + hit.length())) {
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
    java.util.List<java.util.Set<String>> requiredWords() {
      return java.util.List.of(trie.firstWords());
    }
  }

  /** A test on one token: a regex on its text, or a built-in class such as {@code Cap}. */
  static final class TokenTest extends Node {
    interface Test {
      boolean test(Token token);
    }

    /** A test that needs the whole sentence: part-of-speech tags, computed on first use. */
    interface SentenceTest {
      boolean test(MatchState state, int position);
    }

    private final SentenceTest test;
    private final boolean readsTags;

    TokenTest(Test test) {
      this.test = (state, position) -> test.test(state.tokens.get(position));
      this.readsTags = false;
    }

    private TokenTest(SentenceTest test) {
      this.test = test;
      this.readsTags = true;
    }

    static TokenTest partOfSpeech(String tag) {
      return new TokenTest((SentenceTest) (state, position) -> state.tagIs(position, tag::equals));
    }

    @Override
    boolean readsTags() {
      return readsTags;
    }

    @Override
    int maxLength() {
      return 1;
    }

    static TokenTest regex(String regex) {
      Pattern compiled = Pattern.compile(regex);
      return new TokenTest(t -> compiled.matcher(t.text()).find());
    }

    static TokenTest builtin(String name) {
      return switch (name) {
        case "Cap" -> new TokenTest(t -> t.kind() == TokenKind.WORD && t.capitalized());
        case "Num" -> new TokenTest(t -> t.kind() == TokenKind.NUMBER);
        case "Word" -> new TokenTest(t -> t.kind() == TokenKind.WORD);
        case "Punct" -> new TokenTest(t -> t.kind() == TokenKind.PUNCT);
        default -> new TokenTest(t -> true);
      };
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      return position < state.size() && test.test(state, position) && next.at(position + 1);
    }

    @Override
    int minLength() {
      return 1;
    }
  }

  /** {@code not X}: one token where X (a one-token test, or the start of a lexicon phrase) fails. */
  static final class Not extends Node {
    private final Node inner;

    Not(Node inner) {
      this.inner = inner;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      return position < state.size() && !innerMatches(state, position) && next.at(position + 1);
    }

    /** Under guessed tags, "not X" may pass where X need not match, and must pass where X cannot. */
    private boolean innerMatches(MatchState state, int position) {
      MatchState.Tags mode = state.mode;
      state.mode = mode.negated();
      try {
        return inner.match(state, position, p -> true);
      } finally {
        state.mode = mode;
      }
    }

    @Override
    boolean readsTags() {
      return inner.readsTags();
    }

    @Override
    int maxLength() {
      return 1;
    }

    @Override
    int minLength() {
      return 1;
    }
  }

  /** {@code ^} and {@code $}: the sentence's first or last position; consumes nothing. */
  static final class Anchor extends Node {
    private final boolean start;

    Anchor(boolean start) {
      this.start = start;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      return (start ? position == 0 : position == state.size()) && next.at(position);
    }

    @Override
    int minLength() {
      return 0;
    }

    @Override
    int maxLength() {
      return 0;
    }
  }

  /** Skips min..max tokens, fewest first, so a gap never swallows what the rest of the pattern needs. */
  static final class Gap extends Node {
    private final int min;
    private final int max;

    Gap(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      int last = Math.min(position + max, state.size());
      for (int p = position + min; p <= last; p++) {
        if (next.at(p)) {
          return true;
        }
      }
      return false;
    }

    @Override
    int minLength() {
      return min;
    }

    @Override
    int maxLength() {
      return max < 0 ? UNBOUNDED : max;
    }
  }
}
