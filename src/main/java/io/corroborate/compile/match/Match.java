package io.corroborate.compile.match;

import java.util.List;

/**
 * A successful match: token span {@code [start, end)} within the sentence and the filled slots.
 *
 * @param pattern the index of the pattern in its rule set, which also orders overlapping matches
 */
public record Match(int pattern, int start, int end, List<Capture> captures) {
  public Match {
    captures = List.copyOf(captures);
  }

  /** One filled slot: its token span and normalized value (a Quantity, or canonical text). */
  public record Capture(String slot, int start, int end, Object value) {}

  public int length() {
    return end - start;
  }
}
