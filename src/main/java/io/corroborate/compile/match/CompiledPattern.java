package io.corroborate.compile.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern compiled once, at rule-set build, into a tree of matcher nodes. Immutable and shareable;
 * every call makes its own match state.
 */
public final class CompiledPattern {
  private final int index;
  private final int priority;
  private final Node root;
  private final List<String> slots;
  /** The top-level elements, for explaining near misses; a single element for non-sequences. */
  private final List<Element> elements;
  /** Word sets a sentence must meet before matching is tried (see {@link Node#requiredWords}). */
  private final List<java.util.Set<String>> requiredWords;
  /** Whether matching may need the sentence's part-of-speech tags. */
  private final boolean readsTags;
  /** The most tokens a match spans, or {@link Node#UNBOUNDED}. */
  private final int maxLength;
  /** Mentions a sentence must have (see {@link Node#mentionNeeds}). */
  private final List<MatchInput.MentionKind> mentionNeeds;
  /** Whether every start reads the sentence's mentions, so checking {@link #mentionNeeds} first costs nothing. */
  private final boolean startsWithMention;

  /** A top-level element of the pattern: its matcher and how the rule file wrote it. */
  record Element(Node node, String written, String type, String slot) {}

  CompiledPattern(int index, int priority, Node root, List<String> slots, List<Element> elements) {
    this.index = index;
    this.priority = priority;
    this.root = root;
    this.slots = List.copyOf(slots);
    this.elements = List.copyOf(elements);
    this.requiredWords = List.copyOf(root.requiredWords());
    this.readsTags = root.readsTags();
    this.maxLength = root.maxLength();
    this.mentionNeeds = List.copyOf(new java.util.LinkedHashSet<>(root.mentionNeeds()));
    this.startsWithMention = root instanceof Captures.Numeric
        || root instanceof Structure.Sequence sequence && sequence.startsWithMention();
  }

  /**
   * False when the sentence lacks a word the pattern cannot match without, so {@link #findAll} would
   * find nothing; {@code words} are the sentence's lower-cased tokens. Cheap: a few set lookups.
   */
  public boolean couldMatch(java.util.Set<String> words) {
    for (java.util.Set<String> anyOf : requiredWords) {
      if (!meets(words, anyOf)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the two sets share a word. Walks the required words, or the sentence's when the required ones
   * are far more (a lexicon's first words can be thousands).
   */
  private static boolean meets(java.util.Set<String> words, java.util.Set<String> anyOf) {
    boolean walkWords = anyOf.size() > 4 * words.size();
    java.util.Set<String> walked = walkWords ? words : anyOf;
    java.util.Set<String> looked = walkWords ? anyOf : words;
    for (String word : walked) {
      if (looked.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The furthest this pattern got in a sentence it does not match, if it got through at least two
   * elements and half of them; null otherwise. For explaining, not for the hot path.
   */
  public NearMiss nearMiss(MatchInput input) {
    MatchState state = state(input);
    NearMiss best = null;
    for (int start = 0; start < state.size(); start++) {
      for (int k = elements.size() - 1; k >= Math.max(2, (elements.size() + 1) / 2); k--) {
        if (best != null && k <= best.matched()) {
          break;
        }
        int stop = prefixEnd(state, start, k);
        if (stop >= 0) {
          Element failed = elements.get(k);
          best = new NearMiss(index, start, stop, k, elements.size(), failed.written(), failed.type(), failed.slot());
          break;
        }
      }
    }
    return best;
  }

  private int prefixEnd(MatchState state, int start, int k) {
    state.reset();
    int[] end = {-1};
    Node prefix = new Structure.Sequence(elements.subList(0, k).stream().map(Element::node).toList());
    boolean found = prefix.match(state, start, p -> {
      end[0] = p;
      return true;
    });
    return found ? end[0] : -1;
  }

  public int index() {
    return index;
  }

  /** At most one match per start token: the first the backtracker finds, from left to right. */
  public List<Match> findAll(MatchInput input) {
    if (!mentionsPossible(input)) {
      return List.of();
    }
    MatchState state = state(input);
    List<Match> out = new ArrayList<>();
    for (int start = 0; start < state.size(); start++) {
      Match m = matchAt(state, start, false);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether the pattern matches starting at the first token ({@code atEnd}: and ending at the last). */
  public boolean matchesAt(MatchInput input, int start, boolean toEnd) {
    if (!mentionsPossible(input)) {
      return false;
    }
    MatchState state = state(input);
    return start < state.size() && matchAt(state, start, toEnd) != null;
  }

  /** Whether the pattern matches anywhere, or ending exactly at the last token when {@code toEnd}. */
  public boolean matchesAnywhere(MatchInput input, boolean toEnd) {
    if (!mentionsPossible(input)) {
      return false;
    }
    MatchState state = state(input);
    // a match ending at the last token starts at most maxLength tokens before the end
    int first = toEnd ? Math.max(0, state.size() - maxLength) : 0;
    for (int start = first; start < state.size(); start++) {
      if (matchAt(state, start, toEnd) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * False when the sentence lacks a mention the pattern cannot match without (no date for a date capture,
   * no sum of money for a money one). Asked only when the mentions are read already or every start would
   * read them: reading them costs more than a pattern that fails on its first words.
   */
  private boolean mentionsPossible(MatchInput input) {
    if (mentionNeeds.isEmpty() || !(startsWithMention || input.mentionsKnown())) {
      return true;
    }
    for (MatchInput.MentionKind need : mentionNeeds) {
      if (!input.hasMention(need)) {
        return false;
      }
    }
    return true;
  }

  private MatchState state(MatchInput input) {
    return new MatchState(input, slots.size());
  }

  private Match matchAt(MatchState state, int start, boolean toEnd) {
    if (readsTags && !state.tagged() && !possibleAt(state, start, toEnd)) {
      return null;
    }
    // a failed attempt undoes its captures itself (see Captures; `not` holds no capture, check C024), so only
    // a successful one leaves any to clear
    int[] end = {-1};
    boolean found = root.match(state, start, p -> {
      if (toEnd && p != state.size()) {
        return false;
      }
      end[0] = p;
      return true;
    });
    if (!found) {
      return null;
    }
    Match match = end[0] <= start ? null : new Match(index, priority, start, end[0], captures(state));
    state.reset();
    return match;
  }

  private List<Match.Capture> captures(MatchState state) {
    List<Match.Capture> captures = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (state.captureStart[i] >= 0) {
        captures.add(new Match.Capture(slots.get(i), state.captureStart[i], state.captureEnd[i],
            Captures.resolve(state.captureValue[i])));
      }
    }
    return captures;
  }

  /**
   * Whether a match at {@code start} is possible whatever the sentence's tags: matched with every tag test
   * guessed the way that lets it pass. Most sentences where a pattern with a {@code NOUN} capture gets that
   * far still fail on words (no verb, no place after it), and this tells without tagging the sentence.
   */
  private boolean possibleAt(MatchState state, int start, boolean toEnd) {
    state.mode = MatchState.Tags.MAY;
    try {
      boolean possible = root.match(state, start, p -> p > start && (!toEnd || p == state.size()));
      if (possible) {
        state.reset();
      }
      return possible;
    } finally {
      state.mode = MatchState.Tags.READ;
    }
  }
}
