package io.corroborate.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Fixed-date holidays: "Christmas Day" (Dec. 25), "Christmas Eve", "Boxing Day", "New Year's Day",
 * "New Year's Eve", "Halloween", "Valentine's Day", with a year after them ("Christmas Day 2023") or
 * the year from the publication date ({@link DateAnchors#yearFor}). Bare "Christmas" is a date only
 * after a date preposition ("at Christmas", "since Christmas"), so "Christmas shopping" is not one,
 * and never before another capitalized word ("on Christmas Island"). Movable feasts (Easter) and
 * national days, which differ by country, are not read.
 */
final class Holidays {
  private Holidays() {}

  /** A holiday's words (lower case, possessive kept), its month and day. */
  private record Holiday(String[] words, int month, int day) {}

  private static final List<Holiday> HOLIDAYS = List.of(
      new Holiday(new String[] {"new", "year's", "day"}, 1, 1),
      new Holiday(new String[] {"new", "year's", "eve"}, 12, 31),
      new Holiday(new String[] {"christmas", "day"}, 12, 25),
      new Holiday(new String[] {"christmas", "eve"}, 12, 24),
      new Holiday(new String[] {"boxing", "day"}, 12, 26),
      new Holiday(new String[] {"valentine's", "day"}, 2, 14),
      new Holiday(new String[] {"halloween"}, 10, 31),
      new Holiday(new String[] {"christmas"}, 12, 25));

  private static final Set<String> BARE_TRIGGERS = Set.of("on", "at", "since", "before", "after", "until",
      "till", "by", "over", "during", "from", "through");

  /** Adds the candidates found in {@code t} to {@code out}; {@code published} may be null. */
  static void find(List<Token> t, LocalDate published, List<DateSpan> out) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).isWord() || !t.get(i).capitalized()) {
        continue;
      }
      for (Holiday h : HOLIDAYS) {
        if (matches(t, i, h)) {
          add(t, i, h, published, out);
          break;
        }
      }
    }
  }

  /** True when a holiday name ends right before token {@code end}: "Christmas Day" before "2004". */
  static boolean endsAt(List<Token> t, int end) {
    for (Holiday h : HOLIDAYS) {
      int start = end - h.words().length;
      if (start >= 0 && t.get(start).capitalized() && matches(t, start, h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> t, int i, Holiday h) {
    for (int k = 0; k < h.words().length; k++) {
      if (!DateWords.lower(t, i + k).replace('\u2019', '\'').equals(h.words()[k])) {
        return false;
      }
    }
    if (h.words().length > 1 || !h.words()[0].equals("christmas")) {
      return true;
    }
    Token next = i + 1 < t.size() ? t.get(i + 1) : null;
    boolean beforeName = next != null && next.isWord() && next.capitalized();
    return BARE_TRIGGERS.contains(DateWords.lower(t, i - 1)) && !beforeName;
  }

  private static void add(List<Token> t, int i, Holiday h, LocalDate published, List<DateSpan> out) {
    int end = i + h.words().length;
    int year = DateWords.year(t, end, YearDates.MIN_YEAR, YearDates.MAX_YEAR);
    if (year != 0) {
      end++;
    } else if (published != null) {
      year = DateAnchors.yearFor(h.month(), published);
    } else {
      return;
    }
    LocalDate day = LocalDate.of(year, h.month(), h.day());
    out.add(DateSpan.date(i, end, day, day, DateValues.EXACT));
  }
}
