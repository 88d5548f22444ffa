package io.corroborate.compile.match;

import java.util.List;

/**
 * A successful match: token span {@code [start, end)} within the sentence and the filled slots.
 *
 * @param pattern the index of the pattern in its rule set (file order), the last tie-breaker
 * @param priority the pattern's declared priority, which breaks ties of length
 */
public record Match(int pattern, int priority, int start, int end, List<Capture> captures) {
  public Match {
    captures = List.copyOf(captures);
  }

  /** One filled slot: its token span and normalized value (a Quantity, or canonical text). */
  public record Capture(String slot, int start, int end, Object value) {}

  public int length() {
    return end - start;
  }
}
