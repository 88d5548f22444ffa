package io.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Value;
import org.junit.jupiter.api.Test;

class ValueTextTest {
  @Test
  void numbersAreGroupedWithTheirHedgeAndUnit() {
    assertThat(ValueText.amount(new Value(9500.0, 10500.0, "", "approximately", "10000"))).isEqualTo("approximately 10,000");
    assertThat(ValueText.amount(new Value(250.0, 250.0, "mi2", "exact", "250"))).isEqualTo("250 mi\u00b2");
    assertThat(ValueText.amount(new Value(12.5, 12.5, "%", "exact", "12.5"))).isEqualTo("12.5%");
    assertThat(ValueText.amount(new Value(-1500.0, -1500.0, "km", null, "-1500"))).isEqualTo("-1,500 km");
    assertThat(ValueText.amount(new Value(9.0, 9.0, "hour", "exact", "9"))).isEqualTo("9 hour");
  }

  @Test
  void aRangeShowsBothEnds() {
    assertThat(ValueText.amount(new Value(50.0, 60.0, "", "between", "50"))).isEqualTo("50 to 60");
    assertThat(ValueText.amount(new Value(5000.0, 10000.0, "km", "between", "5000"))).isEqualTo("5,000 to 10,000 km");
  }

  @Test
  void textDatesAndTimesAreShownAsWritten() {
    assertThat(ValueText.amount(new Value(null, null, null, null, "warehouses"))).isEqualTo("warehouses");
    Value date = new Value(20034.0, 20035.0, "date", "exact", "2024-11-07");
    assertThat(ValueText.amount(date)).isEqualTo("2024-11-07");
    assertThat(ValueText.amount(new Value(1125.0, 1155.0, "time", "approximately", "19:00"))).isEqualTo("approximately 19:00");
    assertThat(ValueText.range(date)).isEmpty();
  }

  @Test
  void theRangeShowsHowAHedgedNumberWasCompared() {
    assertThat(ValueText.range(new Value(9500.0, 10500.0, "", "approximately", "10000")))
        .isEqualTo("compared as 9,500\u201310,500");
    assertThat(ValueText.range(new Value(30.0, null, "", "at least", "30"))).isEqualTo("from 30, no upper bound");
    assertThat(ValueText.range(new Value(null, 40.0, "", "fewer than", "40"))).isEqualTo("up to 40");
    assertThat(ValueText.range(new Value(12.0, 12.0, "", "exact", "12"))).isEmpty();
    assertThat(ValueText.range(new Value(42.75, 47.25, "", "approximately", "45"))).isEqualTo("compared as 42.75\u201347.25");
  }
}
