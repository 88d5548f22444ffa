package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Conversion rules the tables do not show: identity, unknown units, refusal to convert. */
class UnitConversionTest {

  @Test
  void equalUnitsConvertByOneEvenWhenUnknown() {
    assertEquals(1.0, UnitConversion.factor("USD", "USD"));
    assertEquals(1.0, UnitConversion.factor(null, ""));
    assertEquals(1.0, UnitConversion.factor("ordinal", "ordinal"));
  }

  @Test
  void differentDimensionsAndUnknownUnitsDoNotConvert() {
    assertTrue(Double.isNaN(UnitConversion.factor("km", "km2")));
    assertTrue(Double.isNaN(UnitConversion.factor("USD", "EUR")));
    assertTrue(Double.isNaN(UnitConversion.factor("", "ordinal")));
    assertTrue(Double.isNaN(UnitConversion.factor("%", "pp")));
  }

  @Test
  void factorsAreInverseOfEachOther() {
    assertEquals(1.0, UnitConversion.factor("mi2", "km2") * UnitConversion.factor("km2", "mi2"), 1e-12);
    assertEquals(1.609344, UnitConversion.factor("mi", "km"), 1e-12);
    assertEquals(24.0, UnitConversion.factor("day", "hour"), 1e-12);
  }

  @Test
  void convertKeepsOpenEndsAndQualifierAndRefusesMismatches() {
    Quantity more = new Quantity(100, 100, Double.POSITIVE_INFINITY, true, false, "mi", Dimension.LENGTH, "more than");
    Quantity km = UnitConversion.convert(more, "km");
    assertEquals(160.9344, km.low(), 1e-9);
    assertEquals(Double.POSITIVE_INFINITY, km.high());
    assertTrue(km.lowOpen());
    assertEquals("more than", km.qualifier());
    assertEquals("km", km.unit());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitConversion.convert(more, "kg"));
    assertEquals("cannot convert mi to kg", e.getMessage());
  }
}
