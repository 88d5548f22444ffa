package io.corroborate.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Month names a story writes as a time: "in January", "early January", "on 13 November", "Nov. 13",
 * "January's attacks", "the January attacks". Shared by the readers of a claim's month and of a batch's
 * month, so they agree on what a month is. The date recognizer's rules ({@link MonthDates#namedMonth}),
 * which here need no year or publication date, plus a month before a noun: possessive ("January's attacks")
 * or after "the" ("the January attacks"), except "May" and "March" ("May's cabinet", "the March organisers").
 */
public final class WrittenMonth {
  /**
   * Words before a year or a month that make it a deadline or a range's end, not a time the story is about:
   * "by 2030", "until January".
   */
  public static final Set<String> TARGET_WORDS = Set.of("by", "until", "till", "through", "to");

  private WrittenMonth() {}

  /** The month (1–12) the token at {@code i} writes, or 0 when it writes none. */
  public static int at(List<Token> tokens, int i) {
    int month = MonthDates.namedMonth(tokens, i);
    if (month != 0 || DateWords.month(tokens, i) == 0 || DateWords.isAmbiguousMonth(tokens.get(i))) {
      return month;
    }
    boolean possessive = tokens.get(i).lower().endsWith("'s");
    boolean beforeNoun = DateWords.lower(tokens, i - 1).equals("the") && i + 1 < tokens.size()
        && tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalized();
    return possessive || beforeNoun ? DateWords.month(tokens, i) : 0;
  }

  /** True when the month at {@code i} is written with a day: "13 November", "Nov. 13", "the 13th of November". */
  public static boolean withDay(List<Token> tokens, int i) {
    return MonthDates.withDay(tokens, i);
  }

  /** The day written with the month at {@code i} ("13" in "13 November", the first of "3-5 November"), or 0. */
  public static int day(List<Token> tokens, int i) {
    return MonthDates.day(tokens, i);
  }

  /**
   * True when the month at {@code i} is a deadline or the end of a range ("by January", "until the 13th of
   * November", "from June to August"): the word before its date, past a day, "of" and "early"/"late", is one;
   * past "the" too, but for "to": "linked to the January attacks" names a time, not a range's end.
   */
  public static boolean deadline(List<Token> tokens, int i) {
    int start = i;
    if (DateWords.day(tokens, start - 1) != 0) {
      start--;
    } else if (DateWords.lower(tokens, start - 1).equals("of") && DateWords.day(tokens, start - 2) != 0) {
      start -= 2;
    } else if (DateWords.PARTS.contains(DateWords.lower(tokens, start - 1))) {
      start--;
    }
    String before = DateWords.lower(tokens, start - 1);
    String twoBefore = DateWords.lower(tokens, start - 2);
    return TARGET_WORDS.contains(before)
        || before.equals("the") && !twoBefore.equals("to") && TARGET_WORDS.contains(twoBefore);
  }

  /** "January" for 1. */
  public static String name(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
