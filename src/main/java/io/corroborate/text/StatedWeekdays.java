package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Weekdays a sentence ties a claim to, read without a calendar: for a document with no publication date, whose
 * weekdays the date recognizer cannot place, the engine places them later against the batch's event day. A
 * weekday inside a quotation is the speaker's, not the report's, and is never read.
 *
 * <ul>
 *   <li>{@link #statement}: the day a speaker spoke: "said on Saturday", "told reporters Sunday", "On Monday,
 *       X said", "X on Monday said", "in Monday's speech", "a speech at Versailles on Monday". A weekday in
 *       what was said ("said 40 were killed on Friday") dates the event, not the statement;
 *   <li>{@link #anchored}: as the date recognizer's dates are tied to a claim ({@code AsOfDates}): opening the
 *       sentence, after "on", "by", "as of", "until", or right after a reporting verb.
 * </ul>
 */
public final class StatedWeekdays {
  private StatedWeekdays() {}

  /** Words of a statement besides the reporting verbs: "Monday's speech", "a statement on Sunday", "spoke on". */
  private static final Set<String> STATEMENT_WORDS = Set.of("speech", "address", "statement", "interview",
      "remarks", "briefing", "conference", "announcement", "broadcast", "spoke", "speaks", "speaking");

  /** Lower-case words that may stand between a statement word and its weekday: "told reporters on Sunday". */
  private static final Set<String> GAP_WORDS = Set.of("on", "at", "in", "to", "before", "late", "early", "the",
      "a", "reporters", "journalists", "parliament", "lawmakers");

  private static final int MAX_GAP = 3;

  private static final Set<String> ANCHORS = Set.of("on", "by", "through", "until", "till");

  /** The weekday (1 = Monday … 7 = Sunday) of the statement a sentence reports, or 0. */
  public static int statement(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      int day = DateWords.weekday(t, i);
      if (day != 0 && !quoted(t, i) && (afterStatement(t, i) || beforeStatement(t, i))) {
        return day;
      }
    }
    return 0;
  }

  /** The weekday a sentence ties its claim to by the rules of the as-of date ({@code AsOfDates}), or 0. */
  public static int anchored(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      int day = DateWords.weekday(t, i);
      if (day != 0 && !quoted(t, i) && anchoredAt(t, i)) {
        return day;
      }
    }
    return 0;
  }

  private static boolean anchoredAt(List<Token> t, int i) {
    String before = DateWords.lower(t, i - 1);
    boolean asOf = before.equals("of") && DateWords.lower(t, i - 2).equals("as");
    return i == 0 || asOf || ANCHORS.contains(before) || statementWord(t, i - 1);
  }

  /** "said on Saturday", "a speech at Versailles on Monday": a statement word shortly before, past gap words. */
  private static boolean afterStatement(List<Token> t, int i) {
    for (int j = i - 1; j >= 0 && i - j - 1 <= MAX_GAP; j--) {
      if (statementWord(t, j)) {
        return true;
      }
      Token gap = t.get(j);
      if (!gap.isWord() || !(gap.capitalized() || GAP_WORDS.contains(gap.lower()))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "On Monday, X said", "X on Monday said", "Monday's speech": a weekday opening the sentence, or right before
   * a statement word, or possessive before a statement noun.
   */
  private static boolean beforeStatement(List<Token> t, int i) {
    int next = i + 1;
    if (statementWord(t, next) || t.get(i).lower().endsWith("'s") && (statementWord(t, next)
        || next + 1 < t.size() && t.get(next).isWord() && statementWord(t, next + 1))) {
      return true;
    }
    boolean opening = i == 0 || i == 1 && DateWords.lower(t, 0).equals("on");
    return opening && hasReportingVerb(t);
  }

  private static boolean hasReportingVerb(List<Token> t) {
    for (int j = 0; j < t.size(); j++) {
      if (!quoted(t, j) && ReportingLexicon.verbKey(t.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean statementWord(List<Token> t, int j) {
    if (j < 0 || j >= t.size() || !t.get(j).isWord()) {
      return false;
    }
    String w = t.get(j).lower();
    return ReportingLexicon.verbKey(w) || STATEMENT_WORDS.contains(w);
  }

  /**
   * True when token {@code i} is inside a quotation of its sentence: after an opening curly mark not yet
   * closed, or an odd number of straight marks. A quote running over several sentences is not seen here.
   */
  private static boolean quoted(List<Token> t, int i) {
    int straight = 0;
    int curly = 0;
    for (int j = 0; j < i; j++) {
      switch (t.get(j).text()) {
        case "\"" -> straight++;
        case "\u201c" -> curly++;
        case "\u201d" -> curly = Math.max(0, curly - 1);
        default -> { }
      }
    }
    return straight % 2 == 1 || curly > 0;
  }
}
