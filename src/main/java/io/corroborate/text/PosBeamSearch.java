package io.corroborate.text;

import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@code BeamSearch.bestSequence}, step for step, with the same {@link Sequence} scores and
 * queue order, so it gives exactly the same tags, but cheaper where profiling showed the cost (tagging
 * was 65% of an end-to-end run with the generic rules): the beam's cut-off score is picked from the
 * outcome scores in one pass instead of sorting a copy of all of them at every step for every
 * sequence in the beam (13% of the run), and a model evaluation is reused for the next sequence of the
 * beam when the context generator gives it the same feature strings (the generic model's feature cache
 * does, mostly: the model evaluation was most of what was left). One instance per thread: it keeps a
 * score buffer, as OpenNLP's does.
 */
final class PosBeamSearch {
  /** OpenNLP's floor: a sequence must score above this log probability to stay in the beam. */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final int size;
  private final MaxentModel model;
  private final String[] outcomeNames;
  private final double[] probs;

  PosBeamSearch(int size, MaxentModel model) {
    this.size = size;
    this.model = model;
    this.outcomeNames = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomeNames.length; i++) {
      outcomeNames[i] = model.getOutcome(i);
    }
    this.probs = new double[outcomeNames.length];
  }

  /** The best sequence of outcomes for {@code pieces}, or null when no sequence survives. */
  Sequence best(String[] pieces, BeamSearchContextGenerator<String> contexts, SequenceValidator<String> validator) {
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    for (int i = 0; i < pieces.length; i++) {
      int sz = Math.min(size, prev.size());
      String[] evaluated = null; // the context array whose scores are in probs
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        String[] context = contexts.getContext(i, pieces, outcomes, NO_ADDITIONAL_CONTEXT);
        if (!sameFeatures(context, evaluated)) {
          model.eval(context, probs);
          evaluated = context;
        }
        advance(top, i, pieces, outcomes, validator, next);
      }
      prev.clear();
      Queue<Sequence> tmp = prev;
      prev = next;
      next = tmp;
    }
    return prev.isEmpty() ? null : prev.remove();
  }

  /**
   * True when both hold the very same feature strings in the same order, so the model's scores are the
   * same. OpenNLP's feature cache (per token of the sentence) often gives every sequence in the beam the
   * same features, in a new array each time.
   */
  private static boolean sameFeatures(String[] a, String[] b) {
    if (a == b) {
      return true;
    }
    if (b == null || a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /** The extensions of {@code top} by its best-scoring valid outcomes, or by every valid one if none is. */
  private void advance(Sequence top, int i, String[] pieces, String[] outcomes, SequenceValidator<String> validator,
      Queue<Sequence> next) {
    double min = cutOff(probs, size);
    for (int p = 0; p < probs.length; p++) {
      if (probs[p] >= min) {
        add(top, outcomeNames[p], probs[p], i, pieces, outcomes, validator, next);
      }
    }
    if (next.isEmpty()) { // nothing advanced at this step yet: advance every valid outcome
      for (int p = 0; p < probs.length; p++) {
        add(top, outcomeNames[p], probs[p], i, pieces, outcomes, validator, next);
      }
    }
  }

  private static void add(Sequence top, String outcome, double score, int i, String[] pieces, String[] outcomes,
      SequenceValidator<String> validator, Queue<Sequence> next) {
    if (validator.validSequence(i, pieces, outcomes, outcome)) {
      Sequence extended = new Sequence(top, outcome, score);
      if (extended.getScore() > MIN_SEQUENCE_SCORE) {
        next.add(extended);
      }
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
