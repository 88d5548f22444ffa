package io.corroborate.compile.match;

import java.util.List;

/** The structural nodes: sequences, alternatives and repetition. */
final class Structure {
  private Structure() {}

  static final class Sequence extends Node {
    private final Node[] items;
    private final int[] minRest;

    Sequence(List<Node> items) {
      this.items = items.toArray(Node[]::new);
      this.minRest = new int[this.items.length + 1];
      for (int i = this.items.length - 1; i >= 0; i--) {
        minRest[i] = minRest[i + 1] + this.items[i].minLength();
      }
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      return from(0, state, position, next);
    }

    private boolean from(int index, MatchState state, int position, Continuation next) {
      if (index == items.length) {
        return next.at(position);
      }
      if (position + minRest[index] > state.size()) {
        return false;
      }
      return items[index].match(state, position, p -> from(index + 1, state, p, next));
    }

    @Override
    int minLength() {
      return minRest[0];
    }

    @Override
    boolean readsTags() {
      return java.util.Arrays.stream(items).anyMatch(Node::readsTags);
    }

    @Override
    int maxLength() {
      int sum = 0;
      for (Node item : items) {
        sum = add(sum, item.maxLength());
      }
      return sum;
    }

    @Override
    List<java.util.Set<String>> requiredWords() {
      List<java.util.Set<String>> all = new java.util.ArrayList<>();
      for (Node item : items) {
        all.addAll(item.requiredWords());
      }
      return all;
    }

    @Override
    List<MatchInput.MentionKind> mentionNeeds() {
      List<MatchInput.MentionKind> all = new java.util.ArrayList<>();
      for (Node item : items) {
        all.addAll(item.mentionNeeds());
      }
      return all;
    }

    /** Whether the first thing matched is always a mention: then every start reads the sentence's mentions. */
    boolean startsWithMention() {
      return items.length > 0 && items[0] instanceof Captures.Numeric;
    }
  }

  static final class Alternatives extends Node {
    private final Node[] options;

    Alternatives(List<Node> options) {
      this.options = options.toArray(Node[]::new);
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      for (Node option : options) {
        if (option.match(state, position, next)) {
          return true;
        }
      }
      return false;
    }

    @Override
    boolean readsTags() {
      return java.util.Arrays.stream(options).anyMatch(Node::readsTags);
    }

    @Override
    int maxLength() {
      int longest = 0;
      for (Node option : options) {
        longest = Math.max(longest, option.maxLength());
      }
      return longest;
    }

    @Override
    int minLength() {
      int min = Integer.MAX_VALUE;
      for (Node option : options) {
        min = Math.min(min, option.minLength());
      }
      return min;
    }

    /** One set: a word of any option's first requirement; nothing if some option requires nothing. */
    @Override
    List<java.util.Set<String>> requiredWords() {
      java.util.Set<String> anyOf = new java.util.HashSet<>();
      for (Node option : options) {
        List<java.util.Set<String>> required = option.requiredWords();
        if (required.isEmpty()) {
          return List.of();
        }
        anyOf.addAll(required.get(0));
      }
      return List.of(java.util.Set.copyOf(anyOf));
    }
  }

  /** Greedy repetition; an iteration that consumes nothing ends the loop, so it always terminates. */
  static final class Repeat extends Node {
    private final Node inner;
    private final int min;
    private final int max;

    Repeat(Node inner, int min, int max) {
      this.inner = inner;
      this.min = min;
      this.max = max < 0 ? Integer.MAX_VALUE : max;
    }

    @Override
    boolean match(MatchState state, int position, Continuation next) {
      return times(0, state, position, next);
    }

    private boolean times(int count, MatchState state, int position, Continuation next) {
      if (count < max && inner.match(state, position, p -> p > position && times(count + 1, state, p, next))) {
        return true;
      }
      return count >= min && next.at(position);
    }

    @Override
    int minLength() {
      return inner.minLength() * min;
    }

    @Override
    boolean readsTags() {
      return inner.readsTags();
    }

    @Override
    int maxLength() {
      long longest = (long) inner.maxLength() * max;
      return longest >= UNBOUNDED ? UNBOUNDED : (int) longest;
    }

    @Override
    List<java.util.Set<String>> requiredWords() {
      return min > 0 ? inner.requiredWords() : List.of();
    }

    @Override
    List<MatchInput.MentionKind> mentionNeeds() {
      return min > 0 ? inner.mentionNeeds() : List.of();
    }
  }
}
