package io.corroborate.compile.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern compiled once, at rule-set build, into a tree of matcher nodes. Immutable and shareable;
 * every call makes its own match state.
 */
public final class CompiledPattern {
  private final int index;
  private final Node root;
  private final List<String> slots;

  CompiledPattern(int index, Node root, List<String> slots) {
    this.index = index;
    this.root = root;
    this.slots = List.copyOf(slots);
  }

  public int index() {
    return index;
  }

  /** At most one match per start token: the first the backtracker finds, from left to right. */
  public List<Match> findAll(MatchInput input) {
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
    MatchState state = state(input);
    return start < state.size() && matchAt(state, start, toEnd) != null;
  }

  /** Whether the pattern matches anywhere, or ending exactly at the last token when {@code toEnd}. */
  public boolean matchesAnywhere(MatchInput input, boolean toEnd) {
    MatchState state = state(input);
    for (int start = 0; start < state.size(); start++) {
      if (matchAt(state, start, toEnd) != null) {
        return true;
      }
    }
    return false;
  }

  private MatchState state(MatchInput input) {
    return new MatchState(input.document(), input.sentence(), input.mentions(), slots.size());
  }

  private Match matchAt(MatchState state, int start, boolean toEnd) {
    state.reset();
    int[] end = {-1};
    boolean found = root.match(state, start, p -> {
      if (toEnd && p != state.size()) {
        return false;
      }
      end[0] = p;
      return true;
    });
    if (!found || end[0] <= start) {
      return null;
    }
    List<Match.Capture> captures = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (state.captureStart[i] >= 0) {
        captures.add(new Match.Capture(slots.get(i), state.captureStart[i], state.captureEnd[i], state.captureValue[i]));
      }
    }
    return new Match(index, start, end[0], captures);
  }
}
