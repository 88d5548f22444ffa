package io.corroborate.text;

import java.time.LocalDate;

/**
 * A candidate DATE or TIME found by one of the date matchers, before {@link DateRecognizer}
 * drops overlapping candidates (the longest wins). Kept as its own record so every matcher can
 * emit candidates without knowing about the others.
 *
 * @param start first token (inclusive)
 * @param end last token (exclusive)
 * @param type DATE or TIME
 * @param quantity the value, built by {@link DateValues}
 */
record DateSpan(int start, int end, MentionType type, Quantity quantity) {

  /** A DATE candidate over {@code [start, end)} for the days {@code [first, last]}. */
  static DateSpan date(int start, int end, LocalDate first, LocalDate last, String qualifier) {
    return new DateSpan(start, end, MentionType.DATE, DateValues.days(first, last, qualifier));
  }

  int length() {
    return end - start;
  }

  Mention toMention() {
    return new Mention(type, start, end, quantity);
  }
}
