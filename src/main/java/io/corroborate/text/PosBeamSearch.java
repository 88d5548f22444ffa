package io.corroborate.text;

import java.util.PriorityQueue;
import java.util.Queue;

/**
 * OpenNLP's {@code BeamSearch.bestSequence} as {@code POSTaggerME} runs it with the UD-EWT model, step for
 * step, with the same scores and queue order, so it gives exactly the same tags, but cheaper where profiling
 * showed the cost (tagging was 54-65% of an end-to-end run with the generic rules):
 * <ul>
 *   <li>the model is evaluated once per piece, from parameter rows looked up once per word type
 *       ({@link PosFeatures}) instead of ~25 feature strings looked up per piece. Once per piece is what
 *       OpenNLP does too: the model's feature generator is cached per piece ({@code cache="true"}), so every
 *       sequence of the beam gets the features, previous tags included, of the step's best sequence;
 *   <li>a sequence is a link to its parent, not a copy of every outcome and probability so far;
 *   <li>the beam's cut-off score is picked from the outcome scores in one pass, once per step, instead of
 *       sorting a copy of all of them at every step for every sequence in the beam.
 * </ul>
 * One instance per thread: it keeps a score buffer, as OpenNLP's does.
 */
final class PosBeamSearch {
  /** OpenNLP's floor: a sequence must score above this log probability to stay in the beam. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  /** Which outcomes a piece may take: the decoding constraint. */
  interface Allowed {
    boolean allows(int piece, int outcome);
  }

  private final int size;
  private final PosFeatures features;
  private final double[] probs;

  PosBeamSearch(int size, PosFeatures features) {
    this.size = size;
    this.features = features;
    this.probs = new double[features.outcomes()];
  }

  /** The outcome ids of the best sequence for {@code pieces}, or null when no sequence survives. */
  int[] best(String[] pieces, Allowed allowed) {
    PosFeatures.Word[] words = features.words(pieces);
    Queue<Path> prev = new PriorityQueue<>(size);
    Queue<Path> next = new PriorityQueue<>(size);
    prev.add(Path.START);
    for (int i = 0; i < pieces.length; i++) {
      int sz = Math.min(size, prev.size());
      double min = 0;
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Path top = prev.remove();
        if (sc == 0) { // the step's best sequence: its tags are the features of the whole step
          features.score(words, i, top.outcome, i >= 2 ? top.parent.outcome : -1, probs);
          min = cutOff(probs, size);
        }
        advance(top, i, min, allowed, next);
      }
      prev.clear();
      Queue<Path> tmp = prev;
      prev = next;
      next = tmp;
    }
    return prev.isEmpty() ? null : prev.remove().outcomes();
  }

  /**
   * The extensions of {@code top} by its outcomes scoring at least {@code min} (OpenNLP's cut-off, the same
   * for every sequence of a step since they share the scores) that are valid, or by every valid one if none is.
   */
  private void advance(Path top, int i, double min, Allowed allowed, Queue<Path> next) {
    for (int p = 0; p < probs.length; p++) {
      if (probs[p] >= min) {
        add(top, p, i, allowed, next);
      }
    }
    if (next.isEmpty()) { // nothing advanced at this step yet: advance every valid outcome
      for (int p = 0; p < probs.length; p++) {
        add(top, p, i, allowed, next);
      }
    }
  }

  private void add(Path top, int outcome, int i, Allowed allowed, Queue<Path> next) {
    if (allowed.allows(i, outcome)) {
      Path extended = new Path(top, outcome, top.score + StrictMath.log(probs[outcome])); // as OpenNLP's Sequence
      if (extended.score > MIN_SEQUENCE_SCORE) {
        next.add(extended);
      }
    }
  }

  /** A sequence of outcomes: its last outcome and a link to the rest; ordered as OpenNLP's {@code Sequence}. */
  private static final class Path implements Comparable<Path> {
    static final Path START = new Path(null, -1, 0d);
    final Path parent;
    final int outcome;
    final double score;
    final int length;

    Path(Path parent, int outcome, double score) {
      this.parent = parent;
      this.outcome = outcome;
      this.score = score;
      this.length = parent == null ? 0 : parent.length + 1;
    }

    @Override
    public int compareTo(Path other) {
      return Double.compare(other.score, score); // best first
    }

    int[] outcomes() {
      int[] out = new int[length];
      for (Path p = this; p.parent != null; p = p.parent) {
        out[p.length - 1] = p.outcome;
      }
      return out;
    }
  }

  /**
   * What OpenNLP reads after sorting the scores ascending: the element at {@code max(0, n - size)}, i.e.
   * the {@code size}-th largest score counting repeats (the smallest when there are fewer). Compared as
   * {@code Arrays.sort} orders doubles, so even a NaN or a -0.0 picks the same value.
   */
  static double cutOff(double[] scores, int size) {
    int k = Math.min(size, scores.length);
    if (k == 0) {
      throw new ArrayIndexOutOfBoundsException(0); // as OpenNLP's sorted[0] on an empty array
    }
    double[] top = new double[k]; // the k largest so far, descending
    int filled = 0;
    for (double s : scores) {
      if (filled == k && Double.compare(s, top[k - 1]) <= 0) {
        continue;
      }
      int j = filled < k ? filled++ : k - 1;
      while (j > 0 && Double.compare(s, top[j - 1]) > 0) {
        top[j] = top[j - 1];
        j--;
      }
      top[j] = s;
    }
    return top[k - 1];
  }
}
