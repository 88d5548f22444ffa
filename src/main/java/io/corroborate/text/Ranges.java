package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Ranges of two amounts: "between 10 and 20", "10 to 20 km", "$5m to $10m", "two or three days",
 * "10 – 20", and "10-20" written as one token. A range is an interval [low, high] with qualifier
 * {@value Hedges#BETWEEN}; its point is the low end, as for other intervals named by their start.
 *
 * <p>Guards, so scores, changes and years stay apart: the low end must be below the high end
 * ("52-48" is a score); "from 10 to 20" is a change, not a range, and is left as two amounts; a
 * one-token "10-20" needs a unit, a scale word or a lower-case word after it that is not a result
 * ("a 2-3 defeat"); years ("2019-2021") and days beside a month are left to the date recognizer.
 * A scale word on the high end alone scales the low end too when the result stays below the high
 * end: "between 5 and 10 million" is 5–10 million, "between 500 and 1 million" is 500–1,000,000.
 * One unit may be written on either end or both; two different units make no range.
 */
final class Ranges {
  private Ranges() {}

  /** A range ending before token {@code end}; {@code numberEnd} is where its last number ends. */
  record Range(int numberEnd, int end, double low, double high, Unit unit, String qualifier) {}

  /** One end of a range as read: [currency] number [unit phrase]. */
  record End(NumberReader.ParsedNumber number, Unit unit, int end) {}

  private static final Set<String> JOINERS = Set.of("to", "or", "-", "\u2013");

  private static final Set<String> RESULT_WORDS = Set.of("win", "victory", "defeat", "loss", "lead",
      "draw", "vote", "score", "scoreline", "margin", "decision", "majority", "ruling", "verdict", "split",
      "tie", "result", "record", "count", "home", "away", "series", "aggregate");

  /**
   * The range whose low end {@code a} has been read; {@code between} is true after "between",
   * where only "and" joins. Null when no range continues at {@code a.end()}.
   */
  static Range after(List<Token> t, End a, boolean between) {
    int j = a.end();
    String joiner = NumberWords.lowerAt(t, j);
    if (between ? !joiner.equals("and") : !JOINERS.contains(joiner)) {
      return null;
    }
    if (!between && joiner.equals("to") && NumberWords.lowerAt(t, a.number().start() - 1).equals("from")) {
      return null; // "rose from 10 to 20": a change
    }
    End b = readEnd(t, j + 1, a.unit() != null && a.unit().dimension() == Dimension.MONEY);
    if (b == null || NumberContext.skip(t, b.number().start(), b.number().end(), false)) {
      return null;
    }
    return make(a, b, b.end());
  }

  /** "10-20" as one NUMBER token at {@code k}, with the unit read after it; null when not a range. */
  static Range glued(List<Token> t, int k) {
    Token tok = t.get(k);
    String w = tok.lower();
    int dash = w.indexOf('-');
    if (tok.kind() != TokenKind.NUMBER || dash < 1 || !DateWords.allDigits(w, dash + 1, w.length())
        || CalendarWords.isMonth(at(t, k - 1)) || CalendarWords.isMonth(at(t, k + 1))) {
      return null;
    }
    Numerals.Reading lo = Numerals.read(w.substring(0, dash), false);
    Numerals.Reading hi = Numerals.read(w.substring(dash + 1), false);
    if (lo == null || hi == null || lo.unit() != null || lo.unknownSuffix() || isYear(lo) && isYear(hi)) {
      return null;
    }
    double scale = Math.pow(10, Units.scaleExponent(NumberWords.lowerAt(t, k + 1), false));
    int end = scale > 1 ? k + 2 : k + 1;
    Units.Match unit = Units.after(t, end);
    boolean followed = scale > 1 || unit != null || nounAfter(t, end);
    if (!followed || lo.value() >= hi.value()) {
      return null;
    }
    int stop = unit == null ? end : end + unit.length();
    return new Range(end, stop, lo.value() * scale, hi.value() * scale, unit == null ? null : unit.unit(),
        Hedges.BETWEEN);
  }

  /** [currency] number [unit phrase] at {@code i}, or null. */
  static End readEnd(List<Token> t, int i, boolean money) {
    if (i >= t.size()) {
      return null;
    }
    Units.Match currency = QuantityRecognizer.currencyAt(t, i);
    int k = currency == null ? i : i + currency.length();
    if (k >= t.size()) {
      return null;
    }
    NumberReader.ParsedNumber n = NumberReader.read(t, k, money || currency != null, false);
    if (n == null || n.form() != NumberReader.Form.PLAIN) {
      return null;
    }
    Unit unit = currency != null ? currency.unit() : n.unit();
    int end = n.end();
    if (unit == null) {
      Units.Match after = Units.after(t, end);
      if (after != null) {
        unit = after.unit();
        end += after.length();
      }
    }
    return new End(n, unit, end);
  }

  private static Range make(End a, End b, int end) {
    if (a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
      return null;
    }
    double low = a.number().value();
    double high = b.number().value();
    int scale = b.number().scale();
    if (a.number().scale() == 0 && scale > 0 && low * Math.pow(10, scale) <= high) {
      low *= Math.pow(10, scale);
    }
    if (!(low < high)) {
      return null;
    }
    return new Range(b.number().end(), end, low, high, b.unit() != null ? b.unit() : a.unit(), Hedges.BETWEEN);
  }

  private static boolean nounAfter(List<Token> t, int i) {
    return i < t.size() && t.get(i).isWord() && !t.get(i).capitalized()
        && !RESULT_WORDS.contains(t.get(i).lower()) && !FunctionWords.contains(t.get(i).lower());
  }

  private static boolean isYear(Numerals.Reading r) {
    return r.plain() && r.value() >= YearDates.MIN_YEAR && r.value() <= YearDates.MAX_YEAR;
  }

  private static Token at(List<Token> t, int i) {
    return i >= 0 && i < t.size() ? t.get(i) : new Token(0, 0, "", "", TokenKind.PUNCT);
  }
}
