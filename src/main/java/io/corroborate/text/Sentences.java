package io.corroborate.text;

import java.util.List;

/** Offset lookups over a document's sentences, which are sorted and disjoint. */
final class Sentences {
  private Sentences() {}

  /** Position of the sentence whose {@code [start, end)} contains {@code offset}, or -1. */
  static int containing(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Position of the first sentence ending after {@code offset} (size() when none). */
  static int firstEndingAfter(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
