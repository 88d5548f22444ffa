package io.corroborate.check;

import java.util.Map;

/** Units of date and time windows, scaled to the value's own unit: days for DATE, minutes for TIME. */
final class TimeUnits {
  private static final Map<String, Double> DAYS = Map.of("day", 1.0, "days", 1.0, "week", 7.0, "weeks", 7.0);
  private static final Map<String, Double> MINUTES = Map.of("minute", 1.0, "minutes", 1.0, "hour", 60.0,
      "hours", 60.0);

  private TimeUnits() {}

  static Double scale(SlotType.Base base, String unit) {
    return (base == SlotType.Base.TIME ? MINUTES : DAYS).get(unit);
  }

  static String names(SlotType.Base base) {
    return base == SlotType.Base.TIME ? "`minutes` or `hours`" : "`days` or `weeks`";
  }
}
