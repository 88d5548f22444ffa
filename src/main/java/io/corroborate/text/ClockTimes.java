package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Times of day as minutes after midnight: "7:22 a.m." (442), "7 p.m.", "7pm", "7.30pm", "19:30",
 * "noon"/"midday" (720), "midnight" (0); "around 7 p.m." is approximately, ±{@value
 * DateValues#APPROXIMATE_MINUTES} minutes, with the hedge inside the mention.
 *
 * <p>A 12-hour time needs its a.m./p.m. ("7 p.m", "7 PM", "7pm"). A 24-hour "H:MM" without one is
 * a time only when it cannot be a score or a race time: hour 13–23, a leading zero ("07:30"), a
 * time preposition before it ("at 7:22") or a zone after it ("15:00 GMT", "7:22 local time").
 * Zones are not part of the mention and not converted. "12 noon" yields "noon" alone, because
 * {@link QuantityRecognizer} reads the 12 as a count and mentions of the two must not overlap.
 * "o'clock" and military "1930 GMT" are not recognized.
 */
final class ClockTimes {
  private ClockTimes() {}

  private static final Set<String> AM = Set.of("a.m.", "a.m", "am");
  private static final Set<String> PM = Set.of("p.m.", "p.m", "pm");

  private static final Set<String> ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "est", "edt",
      "et", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "mdt", "local", "hrs");

  private static final Set<String> HEDGES = Set.of("around", "about", "approximately", "roughly",
      "circa", "approx.");

  private static final Set<String> TIME_BEFORE = Set.of("at", "by", "until", "till", "from", "to",
      "before", "after", "since");

  private static final int NOON = 12 * 60;

  /** Adds the candidates found in {@code t} to {@code out}. */
  static void find(List<Token> t, List<DateSpan> out) {
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      int minutes = -1;
      int end = i + 1;
      if (tok.isWord() && (!tok.capitalized() || i == 0)) {
        String w = tok.lower();
        minutes = w.equals("noon") || w.equals("midday") ? NOON : w.equals("midnight") ? 0 : -1;
      } else if (tok.kind() == TokenKind.NUMBER) {
        String next = DateWords.lower(t, i + 1);
        boolean meridiemAfter = AM.contains(next) || PM.contains(next);
        minutes = meridiemAfter ? twelveHour(tok.lower(), PM.contains(next)) : glued(tok.lower());
        end = meridiemAfter ? i + 2 : i + 1;
        if (minutes < 0 && !meridiemAfter && plainClockOk(t, i)) {
          minutes = twentyFourHour(tok.lower());
        }
      }
      if (minutes < 0) {
        continue;
      }
      boolean hedged = HEDGES.contains(DateWords.lower(t, i - 1));
      out.add(new DateSpan(hedged ? i - 1 : i, end, MentionType.TIME, hedged
          ? DateValues.time(minutes, DateValues.APPROXIMATE_MINUTES, DateValues.APPROXIMATELY)
          : DateValues.time(minutes, 0, DateValues.EXACT)));
    }
  }

  /** "7pm", "7:22am", "7.30pm": a number with a glued meridiem; -1 otherwise. */
  private static int glued(String w) {
    if (w.endsWith("am") || w.endsWith("pm")) {
      return twelveHour(w.substring(0, w.length() - 2), w.endsWith("pm"));
    }
    return -1;
  }

  /** "7", "7:22", "7.30" on a 12-hour clock (hour 1–12); -1 when not a time. */
  private static int twelveHour(String core, boolean pm) {
    int[] hm = hourMinute(core, true);
    if (hm == null || hm[0] < 1 || hm[0] > 12) {
      return -1;
    }
    return (hm[0] % 12) * 60 + hm[1] + (pm ? NOON : 0);
  }

  /** "19:30", "07:30", "0:15" on a 24-hour clock; -1 when not a time. */
  private static int twentyFourHour(String core) {
    int[] hm = core.indexOf(':') > 0 ? hourMinute(core, false) : null;
    return hm == null || hm[0] > 23 ? -1 : hm[0] * 60 + hm[1];
  }

  /** A bare H:MM is a time: see the class comment. */
  private static boolean plainClockOk(List<Token> t, int i) {
    String w = t.get(i).text();
    int colon = w.indexOf(':');
    if (colon < 1 || colon > 2) {
      return false;
    }
    int hour = DateWords.allDigits(w, 0, colon) ? Integer.parseInt(w.substring(0, colon)) : -1;
    String prev = DateWords.lower(t, i - 1);
    return hour >= 13 || (colon == 2 && w.charAt(0) == '0') || TIME_BEFORE.contains(prev)
        || HEDGES.contains(prev) || ZONES.contains(DateWords.lower(t, i + 1));
  }

  /**
   * {hour, minute} of "H", "H:MM" or "H.MM" (the dot only when {@code dotOk}); minutes must be
   * two digits 00–59 and the hour one or two digits. Null otherwise.
   */
  private static int[] hourMinute(String core, boolean dotOk) {
    int sep = core.indexOf(':');
    if (sep < 0 && dotOk) {
      sep = core.indexOf('.');
    }
    String h = sep < 0 ? core : core.substring(0, sep);
    String m = sep < 0 ? "00" : core.substring(sep + 1);
    if (h.isEmpty() || h.length() > 2 || m.length() != 2 || !DateWords.allDigits(h, 0, h.length())
        || !DateWords.allDigits(m, 0, 2)) {
      return null;
    }
    int minute = Integer.parseInt(m);
    return minute > 59 ? null : new int[] {Integer.parseInt(h), minute};
  }
}
