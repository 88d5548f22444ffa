package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Value;
import org.junit.jupiter.api.Test;

/** How a verdict's message writes one value: as the text named it, with its hedge. */
class VerdictMessagesTest {
  @Test
  void aRangeReadsWithBothEnds() {
    assertThat(VerdictMessages.display(new Value(50.0, 60.0, "", "between", "50"))).isEqualTo("50 to 60");
    assertThat(VerdictMessages.display(new Value(2.0, 3.0, "km", "between", "2"))).isEqualTo("2 to 3 km");
  }

  @Test
  void hedgesStayInFront() {
    assertThat(VerdictMessages.display(new Value(30.0, null, "", "at least", "30"))).isEqualTo("at least 30");
    assertThat(VerdictMessages.display(new Value(9.5, 10.5, "", "approximately", "10"))).isEqualTo("about 10");
    assertThat(VerdictMessages.display(new Value(7.0, 7.0, "", "exact", "7"))).isEqualTo("7");
  }
}
