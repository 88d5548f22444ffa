package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numeric expressions in a sentence and normalizes them to {@link Quantity} intervals, so
 * rules can compare "roughly 250 square miles" with "about 650 sq km"-style claims numerically.
 *
 * <p>Each expression is {@code [hedge] [currency sign] number [unit phrase] [postfix hedge]}, or a
 * range of two ({@link Ranges}: "between 10 and 20 km", "$5m to $10m", "10-20%"). It yields a
 * QUANTITY mention over the whole expression (unit "" and dimension COUNT when no unit follows) and
 * a NUMBER mention over {@code [hedge] [currency sign] number} with unit "" and COUNT. Fractions
 * ("half of"), ordinals ("21st", unit "ordinal"), multipliers ("tenfold", unit "times"), rates
 * ("120 km/h") and numbers with an unknown glued suffix ("45.6C") yield a NUMBER only; "for a
 * week" yields a QUANTITY only. "Three days ago" yields neither: it is a date. Mentions come in
 * token order, the QUANTITY before the NUMBER of the same expression; token indices are relative
 * to the sentence. docs/normalization.md lists what is read and what is not. Stateless and
 * thread-safe.
 */
public final class QuantityRecognizer {
  /** Default half-width of an "approximately" interval, as a fraction of the value (±5%). */
  public static final double APPROXIMATE_TOLERANCE = 0.05;

  /** Mentions in {@code s} with the default approximate tolerance. */
  public List<Mention> find(Sentence s) {
    return find(s, APPROXIMATE_TOLERANCE);
  }

  /**
   * Mentions in {@code s}; "approximately N" becomes [N(1−tolerance), N(1+tolerance)].
   *
   * @throws IllegalArgumentException unless {@code 0 <= tolerance < 1}
   */
  public List<Mention> find(Sentence s, double tolerance) {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
    }
    List<Token> t = s.tokens();
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      i = Math.max(i + 1, readAt(t, i, tolerance, out));
    }
    return out;
  }

  /** Reads one expression starting at {@code i}; returns the index after it, or i when none. */
  private static int readAt(List<Token> t, int i, double tolerance, List<Mention> out) {
    if (t.get(i).lower().equals("between")) {
      int end = betweenAt(t, i, out);
      if (end > i) {
        return end;
      }
    }
    Hedges.Hedge hedge = Hedges.match(t, i);
    int j = hedge == null ? i : i + hedge.length();
    Units.Match currency = currencyAt(t, j);
    int k = currency == null ? j : j + currency.length();
    if (k >= t.size()) {
      return i;
    }
    if (hedge == null && currency == null) {
      Ranges.Range glued = Ranges.glued(t, k);
      if (glued != null) {
        addRange(i, glued, out);
        return glued.end();
      }
    }
    NumberReader.ParsedNumber num = NumberReader.read(t, k, currency != null, hedge != null);
    if (num == null) {
      return i;
    }
    if (NumberContext.skip(t, k, num.end(), hedge == null && currency == null)) {
      return num.end();
    }
    Prefix prefix = new Prefix(i, j, hedge, currency == null ? null : currency.unit());
    return readAfterNumber(t, prefix, num, tolerance, out);
  }

  /**
   * What came before the number: where the expression starts, where the hedge ends, the hedge and
   * the currency of a sign (null when none).
   */
  private record Prefix(int start, int hedgeEnd, Hedges.Hedge hedge, Unit currency) {}

  /** The unit, range, "ago" or postfix hedge after a number; emits the mentions, returns the end. */
  private static int readAfterNumber(List<Token> t, Prefix prefix, NumberReader.ParsedNumber num,
      double tolerance, List<Mention> out) {
    Hedges.Hedge hedge = prefix.hedge();
    Unit unit = prefix.currency() != null ? prefix.currency() : num.unit();
    int end = num.end();
    if (unit == null && (num.form() == NumberReader.Form.PLAIN || num.form() == NumberReader.Form.ARTICLE)) {
      Units.Match after = Units.after(t, end);
      if (after != null && isRate(t, end + after.length())) {
        out.add(new Mention(MentionType.NUMBER, prefix.start(), num.end(), value(hedge, num, tolerance, "", Dimension.COUNT)));
        return end + after.length(); // "120 km/h": a speed, which no unit here measures
      }
      if (after != null) {
        unit = after.unit();
        end += after.length();
      }
    }
    if (num.form() == NumberReader.Form.PLAIN && (hedge == null || hedge.qualifier().equals(Hedges.APPROXIMATELY))) {
      Ranges.Range range = Ranges.after(t, new Ranges.End(num, unit, end), false);
      if (range != null) {
        addRange(prefix.start(), widen(range, hedge, tolerance), out);
        return range.end();
      }
    }
    if (unit != null && unit.dimension() == Dimension.DURATION && NumberWords.lowerAt(t, end).equals("ago")) {
      return end + 1; // "three days ago" is a date, which the date recognizer reads
    }
    if (num.form() == NumberReader.Form.ARTICLE && andAHalf(t, end)) {
      num = new NumberReader.ParsedNumber(num.start(), num.end(), 1.5, 1.5, null, num.form(), 0);
      end += 3; // "a year and a half"
    }
    int numberEnd = num.end();
    if (hedge == null && num.form() == NumberReader.Form.PLAIN) {
      Hedges.Hedge post = postfix(t, num.end(), end);
      if (post != null) {
        hedge = post;
        numberEnd += end == num.end() ? post.length() : 0; // "100 or more" but "100 metres or so"
        end += post.length();
      }
    }
    int start = num.form() == NumberReader.Form.VAGUE ? prefix.hedgeEnd() : prefix.start(); // "more than dozens"
    emit(new Extent(start, end, numberEnd), num, hedge, unit, tolerance, out);
    return end;
  }

  /** Tokens of an expression: the QUANTITY covers [start, end), the NUMBER [start, numberEnd). */
  private record Extent(int start, int end, int numberEnd) {}

  /** Adds the QUANTITY mention (amounts only) and the NUMBER mention ("a" of "a week" is no number). */
  private static void emit(Extent span, NumberReader.ParsedNumber num, Hedges.Hedge hedge, Unit unit,
      double tolerance, List<Mention> out) {
    NumberReader.Form form = num.form();
    if (form.isAmount()) {
      String symbol = unit == null ? "" : unit.symbol();
      Dimension dim = unit == null ? Dimension.COUNT : unit.dimension();
      out.add(new Mention(MentionType.QUANTITY, span.start(), span.end(), value(hedge, num, tolerance, symbol, dim)));
    }
    if (form != NumberReader.Form.ARTICLE) {
      boolean ownUnit = form == NumberReader.Form.ORDINAL || form == NumberReader.Form.MULTIPLIER;
      out.add(new Mention(MentionType.NUMBER, span.start(), span.numberEnd(),
          value(hedge, num, tolerance, ownUnit ? num.unit().symbol() : "", Dimension.COUNT)));
    }
  }

  private static boolean andAHalf(List<Token> t, int i) {
    return NumberWords.lowerAt(t, i).equals("and") && NumberWords.lowerAt(t, i + 1).equals("a")
        && NumberWords.lowerAt(t, i + 2).equals("half");
  }

  /** "between 10 and 20 km": the range after "between" at {@code i}; returns its end, or i. */
  private static int betweenAt(List<Token> t, int i, List<Mention> out) {
    Ranges.End a = Ranges.readEnd(t, i + 1, false);
    if (a == null || NumberContext.skip(t, a.number().start(), a.number().end(), true)) {
      return i;
    }
    Ranges.Range range = Ranges.after(t, a, true);
    if (range == null) {
      return i;
    }
    addRange(i, range, out);
    return range.end();
  }

  /** "about 10 to 20": the range widened by the approximate tolerance. */
  private static Ranges.Range widen(Ranges.Range r, Hedges.Hedge hedge, double tolerance) {
    return hedge == null ? r : new Ranges.Range(r.numberEnd(), r.end(), r.low() * (1 - tolerance),
        r.high() * (1 + tolerance), r.unit(), Hedges.APPROXIMATELY);
  }

  private static void addRange(int start, Ranges.Range r, List<Mention> out) {
    String symbol = r.unit() == null ? "" : r.unit().symbol();
    Dimension dim = r.unit() == null ? Dimension.COUNT : r.unit().dimension();
    out.add(new Mention(MentionType.QUANTITY, start, r.end(),
        new Quantity(r.low(), r.low(), r.high(), false, false, symbol, dim, r.qualifier())));
    out.add(new Mention(MentionType.NUMBER, start, r.numberEnd(),
        new Quantity(r.low(), r.low(), r.high(), false, false, "", Dimension.COUNT, r.qualifier())));
  }

  /**
   * A hedge after the amount: "N+", "N-plus" (at least, inside the number), or "or so", "or more",
   * "or fewer" after the number or its unit; null when none.
   */
  private static Hedges.Hedge postfix(List<Token> t, int numberEnd, int end) {
    String last = t.get(numberEnd - 1).lower();
    if (last.endsWith("-plus")) {
      return new Hedges.Hedge(Hedges.AT_LEAST, 0);
    }
    if (numberEnd < t.size() && t.get(numberEnd).text().equals("+") && isGlued(t, numberEnd)) {
      return end == numberEnd ? new Hedges.Hedge(Hedges.AT_LEAST, 1) : null;
    }
    return Hedges.postfix(t, end);
  }

  /** A "/" glued to the unit before it and a word after it: "km/h", "kg/m2". */
  private static boolean isRate(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i).text().equals("/") && isGlued(t, i) && isGlued(t, i + 1);
  }

  /** True when token {@code i} touches the token before it ("100+"). */
  private static boolean isGlued(List<Token> t, int i) {
    return i > 0 && t.get(i - 1).end() == t.get(i).start();
  }

  private static Quantity value(Hedges.Hedge hedge, NumberReader.ParsedNumber num, double tolerance,
      String unit, Dimension dim) {
    if (num.form() == NumberReader.Form.VAGUE) {
      return new Quantity(num.value(), num.value(), num.high(), false, true, unit, dim, "some");
    }
    return hedge == null ? Quantity.exact(num.value(), unit, dim)
        : Hedges.apply(hedge.qualifier(), num.value(), tolerance, unit, dim);
  }

  /** "$", "€", "£", "¥", "US$" or "A$" written as two tokens, or "USD"; null when none is at {@code j}. */
  static Units.Match currencyAt(List<Token> t, int j) {
    if (j >= t.size()) {
      return null;
    }
    Unit sign = Units.currencySign(t.get(j).text());
    if (sign != null) {
      return new Units.Match(sign, 1);
    }
    Unit code = Units.currencyCode(t.get(j).text());
    if (code != null && j + 1 < t.size() && t.get(j + 1).kind() == TokenKind.NUMBER) {
      return new Units.Match(code, 1);
    }
    Unit dollar = Units.dollarPrefix(t.get(j).text());
    boolean prefixed = dollar != null && j + 1 < t.size() && t.get(j + 1).text().equals("$")
        && t.get(j).end() == t.get(j + 1).start();
    return prefixed ? new Units.Match(dollar, 2) : null;
  }
}
