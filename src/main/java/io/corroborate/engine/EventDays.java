package io.corroborate.engine;

import io.corroborate.extract.ExtractedClaim;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * Places the weekdays of claims from documents with no publication date ({@link ExtractedClaim#statedWeekday})
 * against the batch's event day ({@link BatchMonth#day}): a weekday is the first such day on or after it, as
 * a story about a Friday attack saying "Saturday" means the day after. The claim's as-of day is then that
 * date, so a speaker's figures of two days read as an update.
 */
final class EventDays {
  private EventDays() {}

  /** Sets the as-of day of the claims that have a weekday and no date, in place; nothing without an event day. */
  static void place(Map<Integer, ExtractedClaim> claims, LocalDate eventDay) {
    if (eventDay == null) {
      return;
    }
    claims.replaceAll((id, c) -> c.statedWeekday() == 0 || c.claim().asOf() != null ? c
        : c.with(id, c.claim().withAsOf(on(eventDay, c.statedWeekday()).toString())));
  }

  /** The first day of weekday {@code weekday} (1 = Monday) on or after {@code eventDay}. */
  static LocalDate on(LocalDate eventDay, int weekday) {
    return eventDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
  }
}
