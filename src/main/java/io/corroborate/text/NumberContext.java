package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Context rules that say a number is not a count or amount:
 *
 * <ul>
 *   <li>a year used as a date: a bare 4-digit 1900–2100 number after "in", "since", "by", "the",
 *       "©"…, after a month ("Jan. 5, 2024") or in parentheses ("(1995)"); news style writes
 *       counts of 1,000 and more with a comma, so "2024" is rarely a count;
 *   <li>a day of the month ("Nov. 7", "7 November"), a time of day ("7 p.m.", "15:00 GMT");
 *   <li>a rank or numbered thing ("No. 1", "#3", "Article 5", "Flight 370");
 *   <li>a phone number, account number or code ({@link #isCode}: "+44 20 7946 0958", "0042", "24/7");
 *   <li>"one" as a pronoun ("one of the", "no one", "the one"), and a capitalized number word
 *       inside a name ("Formula One"). "one night" is kept as 1: a count of nights is harmless.
 * </ul>
 */
final class NumberContext {
  private NumberContext() {}

  /** Words after which a bare 4-digit 1900–2100 number is a year. */
  private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "by", "of", "until", "till",
      "from", "before", "after", "during", "through", "throughout", "between", "and", "to", "year",
      "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter", "the", "this", "that",
      "its", "their", "his", "her", "our", "©", "copyright");

  /** Words after a number that make it a time of day. */
  private static final Set<String> TIME_AFTER = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm",
      "gmt", "utc", "bst", "cet", "est", "edt", "et", "pt", "pst", "pdt", "o'clock", "local");

  /** Nouns before a bare integer that names a numbered thing rather than counting it. */
  private static final Set<String> NUMBERED = Set.of("article", "flight", "route", "section",
      "chapter", "apollo", "level", "category", "resolution", "room", "gate", "terminal",
      "platform", "highway", "interstate", "phase", "stage", "grade", "model", "version",
      "channel", "page", "paragraph", "clause", "proposition", "prop", "game", "round", "week",
      "season", "episode", "part", "volume", "vol.", "no.", "nos.", "number", "#", "act", "tier",
      "unit", "district", "ward", "precinct", "block", "lot");

  /** Words before "one" that make it a pronoun. */
  private static final Set<String> ONE_AFTER = Set.of("no", "any", "every", "each", "the", "this",
      "that", "which", "someone", "anyone");

  /** Words after "one" that make it a pronoun. */
  private static final Set<String> ONE_BEFORE = Set.of("of", "another", "who", "which", "another's");

  /**
   * True when the number read at tokens {@code [k, end)} is not an amount. {@code bare} is true
   * when no hedge or currency sign precedes it (year and identifier rules apply only then).
   */
  static boolean skip(List<Token> t, int k, int end, boolean bare) {
    Token first = t.get(k);
    String prev = k > 0 ? t.get(k - 1).lower() : "";
    String next = end < t.size() ? t.get(end).lower() : "";
    if (TIME_AFTER.contains(next) || (next.equals("hrs") && first.text().length() == 4)) {
      return true; // "7 p.m.", military "1930 hrs"; "48 hrs" is a duration
    }
    if (first.kind() == TokenKind.NUMBER) {
      boolean plain = isPlainInteger(first.text());
      if (bare && plain && isCode(t, k)) {
        return true;
      }
      if (bare && plain && NUMBERED.contains(prev)) {
        return true;
      }
      if (bare && plain && first.text().length() == 4 && isYear(first.text()) && isYearContext(t, k, prev)) {
        return true;
      }
      return end == k + 1 && isDay(t, k);
    }
    if (first.lower().equals("one") && end == k + 1 && (ONE_AFTER.contains(prev) || ONE_BEFORE.contains(next)
        || (prev.equals("only") && (next.isEmpty() || FunctionWords.contains(next) || !t.get(end).isWord())))) {
      return true; // "no one", "one of the", "the only one who", but "only one person"
    }
    // "Formula One", "Ocean's Eleven": a capitalized number word inside a name
    return first.capitalized() && k > 0 && t.get(k - 1).isWord() && t.get(k - 1).capitalized()
        && !FunctionWords.contains(prev);
  }

  /**
   * Phone numbers, account numbers and codes: a multi-digit integer with a leading zero ("0042"),
   * after a "+" ("+44"), beside another integer with only a space between ("20 7946"), glued to a
   * slash between numbers ("24/7", "9/11"), or an area code in parentheses before a number ("(202)
   * 555-0147").
   */
  private static boolean isCode(List<Token> t, int k) {
    String text = t.get(k).text();
    if (text.length() > 1 && text.charAt(0) == '0') {
      return true;
    }
    if (k > 0 && t.get(k - 1).text().equals("+") && t.get(k - 1).end() == t.get(k).start()) {
      return true;
    }
    if (plainNumberAt(t, k - 1) && !CalendarWords.isMonth(k >= 2 ? t.get(k - 2) : t.get(k)) || plainNumberAt(t, k + 1)) {
      return true;
    }
    if (slashGlued(t, k, k - 1, k - 2) || slashGlued(t, k, k + 1, k + 2)) {
      return true;
    }
    return k > 0 && k + 2 < t.size() && t.get(k - 1).text().equals("(") && t.get(k + 1).text().equals(")")
        && t.get(k + 2).kind() == TokenKind.NUMBER;
  }

  private static boolean plainNumberAt(List<Token> t, int i) {
    return i >= 0 && i < t.size() && t.get(i).kind() == TokenKind.NUMBER && isPlainInteger(t.get(i).text());
  }

  /** "24/7": a "/" at {@code slash} touching the number at {@code k} and a number at {@code other}. */
  private static boolean slashGlued(List<Token> t, int k, int slash, int other) {
    if (slash < 0 || other < 0 || other >= t.size() || !t.get(slash).text().equals("/")
        || t.get(other).kind() != TokenKind.NUMBER) {
      return false;
    }
    int lo = Math.min(k, other);
    return t.get(lo).end() == t.get(lo + 1).start() && t.get(lo + 1).end() == t.get(lo + 2).start();
  }

  private static boolean isPlainInteger(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!TextChars.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isYear(String fourDigits) {
    int y = Integer.parseInt(fourDigits);
    return y >= 1900 && y <= 2100;
  }

  /** After a year preposition, a month, a holiday ("Christmas Day 2004"), or "Month day," as in "Jan. 5, 2024". */
  private static boolean isYearContext(List<Token> t, int k, String prev) {
    if (YEAR_BEFORE.contains(prev) || (k > 0 && CalendarWords.isMonth(t.get(k - 1))) || Holidays.endsAt(t, k)) {
      return true;
    }
    if (prev.equals("(") && k + 1 < t.size() && t.get(k + 1).text().equals(")")) {
      return true; // "(1995)"
    }
    return k >= 3 && prev.equals(",") && t.get(k - 2).kind() == TokenKind.NUMBER
        && CalendarWords.isMonth(t.get(k - 3));
  }

  /** A 1–31 day number ("7", "7th") right after or before a month name. */
  private static boolean isDay(List<Token> t, int k) {
    if (DateWords.day(t, k) == 0) {
      return false; // "7", "07" and "7th" are days; "7.5" and "700" are not
    }
    return (k > 0 && CalendarWords.isMonth(t.get(k - 1)))
        || (k + 1 < t.size() && CalendarWords.isMonth(t.get(k + 1)))
        || (k + 2 < t.size() && t.get(k + 1).lower().equals("of") && CalendarWords.isMonth(t.get(k + 2)));
  }
}
