package io.corroborate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Numbers#format} prints what the plain BigDecimal reading of the double prints, whole numbers included. */
class NumbersTest {
  private static String viaBigDecimal(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }

  @Test
  void examples() {
    assertEquals("11000", Numbers.format(11000));
    assertEquals("237.5", Numbers.format(237.5));
    assertEquals("0", Numbers.format(-0.0));
    assertEquals("-3", Numbers.format(-3));
    assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
    assertEquals("100000000000000000000", Numbers.format(1e20));
  }

  @Test
  void wholeNumbersPrintAsTheBigDecimalReadingDoes() {
    for (long i = -100_000; i <= 100_000; i++) {
      assertEquals(viaBigDecimal(i), Numbers.format(i));
    }
    Random random = new Random(6);
    for (int k = 0; k < 200_000; k++) {
      double whole = Math.rint((random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(17)));
      assertEquals(viaBigDecimal(whole), Numbers.format(whole), () -> Double.toString(whole));
    }
    for (int e = 0; e < 64; e++) {
      double power = Math.pow(2, e);
      assertEquals(viaBigDecimal(power), Numbers.format(power));
      assertEquals(viaBigDecimal(power - 1), Numbers.format(power - 1));
    }
  }

  @Test
  void fractionsPrintAsTheBigDecimalReadingDoes() {
    Random random = new Random(7);
    for (int k = 0; k < 100_000; k++) {
      double value = Math.round(random.nextDouble() * 1e6) / Math.pow(10, 1 + random.nextInt(4));
      assertEquals(viaBigDecimal(value), Numbers.format(value), () -> Double.toString(value));
    }
  }
}
