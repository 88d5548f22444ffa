package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PosBeamSearchTest {
  /** The cut-off is what OpenNLP reads from the sorted scores, ties and short arrays included. */
  @Test
  void cutOffIsTheSortedElementOpenNlpReads() {
    Random random = new Random(6);
    for (int trial = 0; trial < 2_000; trial++) {
      double[] scores = new double[1 + random.nextInt(12)];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = random.nextInt(4) == 0 ? random.nextInt(3) / 4.0 : random.nextDouble(); // some ties
      }
      for (int size = 1; size <= 5; size++) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        assertEquals(sorted[Math.max(0, sorted.length - size)], PosBeamSearch.cutOff(scores, size),
            Arrays.toString(scores) + " size " + size);
      }
    }
  }

  @Test
  void cutOffOrdersSignedZerosAsSortDoes() {
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(
        PosBeamSearch.cutOff(new double[] {0.0, -0.0, 0.5}, 3)));
  }
}
