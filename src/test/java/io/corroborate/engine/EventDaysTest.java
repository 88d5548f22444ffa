package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A weekday is the first such day on or after the event day (Friday 14 March 2031 here). */
class EventDaysTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"5, 2031-03-14", "6, 2031-03-15", "7, 2031-03-16", "1, 2031-03-17", "4, 2031-03-20"})
  void weekdaysAfterTheEvent(int weekday, String expected) {
    assertThat(EventDays.on(LocalDate.of(2031, 3, 14), weekday)).isEqualTo(LocalDate.parse(expected));
  }
}
