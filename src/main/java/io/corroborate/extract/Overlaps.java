package io.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repetition and topical overlap of each unit with the rest of its document. A unit at least
 * {@link #REPEAT_SIMILARITY} similar to another is a repeat, and repeats do not vouch for each other's
 * topic; the overlap is the share of a unit's words found in some other unit that is not its repeat.
 * Computed from an index of which units hold which word, so only units sharing a word are compared:
 * comparing every pair and merging every other unit's words was quadratic in the document's length
 * (68% of an evaluation of long news pages, profiled in bench/RESULTS.md).
 */
final class Overlaps {
  /** Units at least this similar are repeats of each other, and do not vouch for each other's topic. */
  private static final double REPEAT_SIMILARITY = 0.6;

  record Topic(boolean repeated, double overlap) {}

  private final List<Set<String>> words;
  private final java.util.Map<String, List<Integer>> units = new java.util.HashMap<>();
  private final int[] common;

  Overlaps(List<Set<String>> words) {
    this.words = words;
    this.common = new int[words.size()];
    for (int j = 0; j < words.size(); j++) {
      for (String w : words.get(j)) {
        units.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
      }
    }
  }

  Topic of(int index) {
    Set<String> own = words.get(index);
    if (own.isEmpty()) {
      return new Topic(false, 0);
    }
    List<Integer> touched = new ArrayList<>();
    for (String w : own) {
      for (int j : units.get(w)) {
        if (j != index && common[j]++ == 0) {
          touched.add(j);
        }
      }
    }
    List<Set<String>> repeats = new ArrayList<>();
    for (int j : touched) {
      // the words the two units share, counted above: their Jaccard similarity without a set lookup per word
      int inCommon = common[j];
      common[j] = 0;
      double similarity = (double) inCommon / (own.size() + words.get(j).size() - inCommon);
      if (similarity >= REPEAT_SIMILARITY) {
        repeats.add(words.get(j));
      }
    }
    int shared = 0;
    for (String w : own) {
      int holders = units.get(w).size() - 1; // the other units with this word
      for (Set<String> repeat : repeats) {
        if (repeat.contains(w)) {
          holders--;
        }
      }
      if (holders > 0) {
        shared++;
      }
    }
    return new Topic(!repeats.isEmpty(), (double) shared / own.size());
  }
}
