package io.corroborate.text;

import java.time.LocalDate;

/**
 * Builds and prints the {@link Quantity} values of DATE and TIME mentions, so that the recognizer,
 * rules and reports agree on one encoding:
 *
 * <ul>
 *   <li>DATE: an inclusive interval of days as epoch-day numbers ({@link LocalDate#toEpochDay()});
 *       point = low = first day, high = last day; unit {@value #DATE_UNIT}. Qualifier "exact" for a
 *       named day or an exactly bounded span ("last week", "June 2024"), "approximately" for fuzzy
 *       ones ("early last week", "this summer").
 *   <li>TIME: minutes after midnight; point = the named time, low/high = point ± the hedge
 *       tolerance (±{@value #APPROXIMATE_MINUTES} for "around 7 p.m."), unit {@value #TIME_UNIT}.
 *       Bounds may fall outside [0, 1440) for "around midnight"; {@link #display} wraps them.
 * </ul>
 *
 * <p>Kept apart from the recognizer because the report and rule layers print these values
 * without needing to know how they were found.
 */
public final class DateValues {
  private DateValues() {}

  /** Unit symbol of DATE quantities. */
  public static final String DATE_UNIT = "date";
  /** Unit symbol of TIME quantities. */
  public static final String TIME_UNIT = "time";
  /** Half-width, in minutes, of an "around 7 p.m." interval. */
  public static final int APPROXIMATE_MINUTES = 15;

  static final String EXACT = "exact";
  static final String APPROXIMATELY = Hedges.APPROXIMATELY;

  private static final int DAY_MINUTES = 24 * 60;

  /** One day, exact. */
  static Quantity day(LocalDate day) {
    return days(day, day, EXACT);
  }

  /** The inclusive span {@code [first, last]}; {@code last} before {@code first} is clamped to {@code first}. */
  static Quantity days(LocalDate first, LocalDate last, String qualifier) {
    double lo = first.toEpochDay();
    double hi = Math.max(lo, last.toEpochDay());
    return new Quantity(lo, lo, hi, false, false, DATE_UNIT, Dimension.DATE, qualifier);
  }

  /** A time of day in minutes after midnight, widened by {@code tolerance} minutes each side. */
  static Quantity time(int minutes, int tolerance, String qualifier) {
    return new Quantity(minutes, minutes - tolerance, minutes + tolerance, false, false, TIME_UNIT,
        Dimension.TIME, qualifier);
  }

  /** The first day of a DATE quantity. */
  public static LocalDate first(Quantity q) {
    requireDimension(q, Dimension.DATE);
    return LocalDate.ofEpochDay((long) q.low());
  }

  /** The last day (inclusive) of a DATE quantity. */
  public static LocalDate last(Quantity q) {
    requireDimension(q, Dimension.DATE);
    return LocalDate.ofEpochDay((long) q.high());
  }

  /**
   * ISO text of a DATE or TIME quantity: "2024-11-07", "2024-11-04..2024-11-06", "07:22",
   * "18:45..19:15" (times wrap around midnight: "23:45..00:15").
   *
   * @throws IllegalArgumentException for any other dimension
   */
  public static String display(Quantity q) {
    if (q.dimension() == Dimension.DATE) {
      LocalDate lo = first(q);
      LocalDate hi = last(q);
      return lo.equals(hi) ? lo.toString() : lo + ".." + hi;
    }
    if (q.dimension() == Dimension.TIME) {
      String lo = clock((int) q.low());
      String hi = clock((int) q.high());
      return lo.equals(hi) ? lo : lo + ".." + hi;
    }
    throw new IllegalArgumentException("not a DATE or TIME quantity: " + q);
  }

  /** "HH:MM" for minutes after midnight, wrapped into one day. */
  private static String clock(int minutes) {
    int m = Math.floorMod(minutes, DAY_MINUTES);
    return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }

  private static void requireDimension(Quantity q, Dimension d) {
    if (q.dimension() != d) {
      throw new IllegalArgumentException("not a " + d + " quantity: " + q);
    }
  }
}
