package io.corroborate.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Absolute dates that need no publication date: ISO days ("2024-11-07"), years in a date context
 * ("in 2024", "since 2022", "between 2019 and 2021"), fuzzy years ("early 2024", "mid-2025"),
 * seasons of a year ("summer 2024", "the autumn of 2023", approximately) and decades ("the
 * 1990s", "the early 2000s").
 *
 * <p>A bare 4-digit number is a year only after one of {@link #YEAR_BEFORE}: every such word is
 * also in {@link NumberContext}'s year list, so a year taken here is never also a count there.
 * Years are limited to 1900–2100 for the same reason. "The 2024 budget" is not a date mention.
 */
final class YearDates {
  private YearDates() {}

  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  /** Words before a bare year that make it a date; a subset of NumberContext's list. */
  private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "by", "until", "till", "from",
      "before", "after", "during", "through", "throughout", "between", "of");

  /**
   * Seasons written with a year ("summer 2024", "the spring of 2023"). Not winter: "winter 2024"
   * may mean the winter that ends or the one that starts in 2024.
   */
  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall");

  /** Adds the candidates found in {@code t} to {@code out}. */
  static void find(List<Token> t, List<DateSpan> out) {
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.kind() == TokenKind.NUMBER) {
        iso(t, i, out);
        year(t, i, out);
        decade(t, i, out);
      } else if (tok.isWord() && tok.lower().startsWith("mid-")) {
        midToken(t, i, out);
      }
    }
  }

  /** "2024-11-07" as one NUMBER token. */
  private static void iso(List<Token> t, int i, List<DateSpan> out) {
    String w = t.get(i).text();
    if (w.length() != 10 || w.charAt(4) != '-' || w.charAt(7) != '-' || !DateWords.allDigits(w, 0, 4)
        || !DateWords.allDigits(w, 5, 7) || !DateWords.allDigits(w, 8, 10)) {
      return;
    }
    int y = Integer.parseInt(w.substring(0, 4));
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return;
    }
    try {
      LocalDate d = LocalDate.of(y, Integer.parseInt(w.substring(5, 7)), Integer.parseInt(w.substring(8)));
      out.add(DateSpan.date(i, i + 1, d, d, DateValues.EXACT));
    } catch (DateTimeException e) {
      // not a real day ("2024-02-30"): not a date
    }
  }

  /** "in 2024", "early 2024", "2019 and 2021" after "between 2019". */
  private static void year(List<Token> t, int i, List<DateSpan> out) {
    int y = DateWords.year(t, i, MIN_YEAR, MAX_YEAR);
    if (y == 0) {
      return;
    }
    String prev = DateWords.lower(t, i - 1);
    if (DateWords.PARTS.contains(prev)) {
      LocalDate[] d = DateAnchors.year(y, prev);
      out.add(DateSpan.date(i - 1, i + 1, d[0], d[1], DateValues.APPROXIMATELY));
      return;
    }
    int season = SEASONS.contains(prev) ? i - 1
        : prev.equals("of") && SEASONS.contains(DateWords.lower(t, i - 2)) ? i - 2 : -1;
    if (season >= 0) {
      LocalDate[] d = DateAnchors.season(t.get(season).lower(), y);
      out.add(DateSpan.date(season, i + 1, d[0], d[1], DateValues.APPROXIMATELY));
      return;
    }
    boolean listed = (prev.equals("and") || prev.equals("to"))
        && DateWords.year(t, i - 2, MIN_YEAR, MAX_YEAR) != 0;
    if (YEAR_BEFORE.contains(prev) || listed) {
      LocalDate[] d = DateAnchors.year(y, null);
      out.add(DateSpan.date(i, i + 1, d[0], d[1], DateValues.EXACT));
    }
  }

  /** "the 1990s" (whole decade), "the early 2000s" (first four years, approximately). */
  private static void decade(List<Token> t, int i, List<DateSpan> out) {
    int y = DateWords.decade(t, i);
    if (y == 0) {
      return;
    }
    String prev = DateWords.lower(t, i - 1);
    if (DateWords.PARTS.contains(prev)) {
      out.add(decadePart(i - 1, i + 1, y, prev));
    } else if (prev.equals("the")) {
      out.add(DateSpan.date(i, i + 1, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), DateValues.EXACT));
    }
  }

  /** "mid-2025" and "mid-1990s", which the tokenizer keeps as one word. */
  private static void midToken(List<Token> t, int i, List<DateSpan> out) {
    String rest = t.get(i).lower().substring(4);
    if (rest.length() == 4 && DateWords.allDigits(rest, 0, 4)) {
      int y = Integer.parseInt(rest);
      if (y >= MIN_YEAR && y <= MAX_YEAR) {
        LocalDate[] d = DateAnchors.year(y, "mid");
        out.add(DateSpan.date(i, i + 1, d[0], d[1], DateValues.APPROXIMATELY));
      }
    } else if (rest.length() == 5 && rest.endsWith("0s") && DateWords.allDigits(rest, 0, 4)) {
      int y = Integer.parseInt(rest.substring(0, 4));
      if (y >= MIN_YEAR && y <= MAX_YEAR - 10) {
        out.add(decadePart(i, i + 1, y, "mid"));
      }
    }
  }

  /** Early: years 0–3 of the decade; mid: 3–6; late: 7–9. */
  private static DateSpan decadePart(int start, int end, int decade, String part) {
    int from = part.equals("early") ? 0 : part.equals("mid") ? 3 : 7;
    int to = part.equals("early") ? 3 : part.equals("mid") ? 6 : 9;
    return DateSpan.date(start, end, LocalDate.of(decade + from, 1, 1), LocalDate.of(decade + to, 12, 31),
        DateValues.APPROXIMATELY);
  }
}
