package io.corroborate.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit phrases that may follow a number ("square miles", "per cent", "tonnes"), currency signs
 * that may precede it, and scale words ("million", "bn") that multiply it. Matching compares
 * {@link Token#lower()} so "Square Miles" and "square miles" are the same.
 */
final class Units {
  private Units() {}

  /** A unit phrase of one or more lower-cased tokens. */
  record Phrase(String[] words, Unit unit) {}

  /** A unit phrase matched at a token position, covering {@code length} tokens. */
  record Match(Unit unit, int length) {}

  /** Unit phrases keyed by their first word, longest phrases first. */
  private static final Map<String, List<Phrase>> PHRASES = new HashMap<>();
  /** Single words (singular or plural) usable after a hyphen: "three-month", "10-mile". */
  private static final Map<String, Unit> WORDS = new HashMap<>();

  static {
    add(Unit.MI2, "square miles", "square mile", "sq mi", "sq . mi", "sq miles", "sq. mi", "sq. miles", "mi2", "mi²");
    add(Unit.KM2, "square kilometres", "square kilometers", "square kilometre", "square kilometer",
        "square km", "sq km", "sq . km", "sq. km", "km2", "km²", "sq kms");
    add(Unit.M2, "square metres", "square meters", "square metre", "square meter", "sq m", "sq . m", "sq. m",
        "m2", "m²");
    add(Unit.FT2, "square feet", "square foot", "sq ft", "sq . ft", "sq. ft", "ft2", "ft²");
    add(Unit.ACRE, "acres", "acre");
    add(Unit.HA, "hectares", "hectare", "ha");
    add(Unit.NMI, "nautical miles", "nautical mile");
    add(Unit.MI, "miles", "mile", "mi");
    add(Unit.KM, "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms");
    add(Unit.M, "metres", "meters", "metre", "meter", "m");
    add(Unit.CM, "centimetres", "centimeters", "centimetre", "centimeter", "cm");
    add(Unit.MM, "millimetres", "millimeters", "millimetre", "millimeter", "mm");
    add(Unit.FT, "feet", "foot", "ft");
    add(Unit.YD, "yards", "yard", "yd", "yds");
    add(Unit.IN, "inches", "inch");
    add(Unit.PERCENT, "%", "percent", "per cent", "pct");
    add(Unit.POINTS, "percentage points", "percentage point");
    add(Unit.USD, "dollars", "dollar", "us dollars", "usd");
    add(Unit.EUR, "euros", "euro", "eur");
    add(Unit.GBP, "pounds", "pounds sterling", "gbp");
    add(Unit.JPY, "yen", "jpy");
    add(Unit.CNY, "yuan", "renminbi", "cny");
    add(Unit.INR, "rupees", "rupee", "inr");
    add(Unit.RUB, "roubles", "rubles", "rouble", "ruble", "rub");
    add(Unit.UAH, "hryvnias", "hryvnia", "hryvnas", "uah");
    add(Unit.CHF, "swiss francs", "chf");
    add(Unit.TONNE, "tonnes", "tonne", "metric tons", "metric tonnes", "metric ton");
    add(Unit.TON, "tons", "ton");
    add(Unit.KG, "kilograms", "kilogram", "kilos", "kg", "kgs");
    add(Unit.G, "grams", "gram", "grammes");
    add(Unit.LB, "lb", "lbs");
    add(Unit.OZ, "ounces", "ounce", "oz");
    for (String d : new String[] {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"}) {
      add(Unit.duration(d), d + "s", d);
    }
    add(Unit.duration("hour"), "hrs", "hr");
    add(Unit.duration("minute"), "mins", "min");
    add(Unit.duration("second"), "secs", "sec");
    add(Unit.duration("year"), "yrs", "yr");
    WORDS.put("fold", Unit.TIMES); // "10-fold", "two-fold": only glued, never "10 fold"
    for (List<Phrase> list : PHRASES.values()) {
      list.sort((a, b) -> b.words().length - a.words().length);
    }
  }

  /** Registers phrases (space-separated lower-case tokens) for one unit. */
  private static void add(Unit unit, String... phrases) {
    for (String p : phrases) {
      String[] words = p.split(" ");
      PHRASES.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, unit));
      if (words.length == 1) {
        WORDS.put(p, unit);
      }
    }
  }

  /** The longest unit phrase starting at token {@code i}, or null. */
  static Match after(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    List<Phrase> candidates = PHRASES.get(tokens.get(i).lower());
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      String[] w = p.words();
      if (i + w.length > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < w.length && ok; k++) {
        ok = tokens.get(i + k).lower().equals(w[k]);
      }
      if (ok) {
        return new Match(p.unit(), w.length);
      }
    }
    return null;
  }

  /**
   * The unit a hyphenated tail names after a number: "square-mile" in "250-square-mile", "mile" in
   * "40-mile-long", "month" in "three-month"; the longest unit phrase at its start, or null.
   */
  static Unit hyphenated(String lowerTail) {
    String[] words = lowerTail.split("[-\u2010\u2011]");
    for (int len = words.length; len >= 2; len--) {
      List<Phrase> candidates = PHRASES.get(words[0]);
      for (Phrase p : candidates == null ? List.<Phrase>of() : candidates) {
        if (p.words().length == len && java.util.Arrays.equals(p.words(), java.util.Arrays.copyOf(words, len))) {
          return p.unit();
        }
      }
    }
    return WORDS.get(words[0]);
  }

  /** A one-word unit, singular or plural ("month", "miles", "km"), or null. */
  static Unit word(String lower) {
    return WORDS.get(lower);
  }

  /** The currency a sign stands for: "$", "€", "£", "¥", "₹", "₽", "₴", or null. */
  static Unit currencySign(String text) {
    switch (text) {
      case "$": return Unit.USD;
      case "€": return Unit.EUR;
      case "£": return Unit.GBP;
      case "¥": return Unit.JPY;
      case "₹": return Unit.INR;
      case "₽": return Unit.RUB;
      case "₴": return Unit.UAH;
      default: return null;
    }
  }

  /** The dollar a country prefix glued to "$" names ("US$", "A$", "C$", "HK$"), or null. */
  static Unit dollarPrefix(String text) {
    switch (text) {
      case "US": return Unit.USD;
      case "A": case "AU": return Unit.AUD;
      case "C": case "CA": return Unit.CAD;
      case "HK": return Unit.HKD;
      default: return null;
    }
  }

  /** The currency an ISO code written before a number stands for ("USD 5 million"), or null. */
  static Unit currencyCode(String text) {
    switch (text) {
      case "USD": return Unit.USD;
      case "EUR": return Unit.EUR;
      case "GBP": return Unit.GBP;
      case "JPY": return Unit.JPY;
      case "CHF": return Unit.CHF;
      case "CNY": return Unit.CNY;
      case "INR": return Unit.INR;
      case "RUB": return Unit.RUB;
      case "UAH": return Unit.UAH;
      default: return null;
    }
  }

  /**
   * The power of ten of a scale word or abbreviation after a number ("million" → 6, "bn" → 9),
   * or 0. "m", "k" and "b" scale only in a money context ("$10m", "£50k", "$3b"); elsewhere "m" is
   * metres.
   */
  static int scaleExponent(String lower, boolean money) {
    switch (lower) {
      case "thousand": return 3;
      case "k": return money ? 3 : 0;
      case "million": case "mn": case "mln": return 6;
      case "b": return money ? 9 : 0;
      case "billion": case "bn": case "bln": return 9;
      case "trillion": case "tn": case "trn": return 12;
      case "m": return money ? 6 : 0;
      default: return 0;
    }
  }
}
