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
    add(Unit.MI2, "square miles", "square mile", "sq mi", "sq . mi", "sq miles", "mi2", "mi²");
    add(Unit.KM2, "square kilometres", "square kilometers", "square kilometre", "square kilometer",
        "square km", "sq km", "sq . km", "km2", "km²", "sq kms");
    add(Unit.M2, "square metres", "square meters", "square metre", "square meter", "sq m", "sq . m", "m2", "m²");
    add(Unit.FT2, "square feet", "square foot", "sq ft", "sq . ft", "ft2", "ft²");
    add(Unit.ACRE, "acres", "acre");
    add(Unit.HA, "hectares", "hectare", "ha");
    add(Unit.NMI, "nautical miles", "nautical mile");
    add(Unit.MI, "miles", "mile", "mi");
    add(Unit.KM, "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms");
    add(Unit.M, "metres", "meters", "metre", "meter", "m");
    add(Unit.FT, "feet", "foot", "ft");
    add(Unit.IN, "inches", "inch");
    add(Unit.PERCENT, "%", "percent", "per cent", "pct");
    add(Unit.POINTS, "percentage points", "percentage point");
    add(Unit.USD, "dollars", "dollar", "us dollars", "usd");
    add(Unit.EUR, "euros", "euro", "eur");
    add(Unit.GBP, "pounds", "pounds sterling", "gbp");
    add(Unit.TONNE, "tonnes", "tonne", "metric tons", "metric tonnes", "metric ton");
    add(Unit.TON, "tons", "ton");
    add(Unit.KG, "kilograms", "kilogram", "kilos", "kg", "kgs");
    add(Unit.LB, "lb", "lbs");
    for (String d : new String[] {"hour", "day", "week", "month", "year", "minute", "decade"}) {
      add(Unit.duration(d), d + "s", d);
    }
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

  /** A one-word unit, singular or plural ("month", "miles", "km"), or null. */
  static Unit word(String lower) {
    return WORDS.get(lower);
  }

  /** The currency a sign stands for: "$", "€", "£", or null. */
  static Unit currencySign(String text) {
    switch (text) {
      case "$": return Unit.USD;
      case "€": return Unit.EUR;
      case "£": return Unit.GBP;
      default: return null;
    }
  }

  /**
   * The power of ten of a scale word or abbreviation after a number ("million" → 6, "bn" → 9),
   * or 0. "m" and "k" scale only in a money context ("$10m", "£50k"); elsewhere "m" is metres.
   */
  static int scaleExponent(String lower, boolean money) {
    switch (lower) {
      case "thousand": return 3;
      case "k": return money ? 3 : 0;
      case "million": case "mn": case "mln": return 6;
      case "billion": case "bn": case "bln": return 9;
      case "trillion": case "tn": case "trn": return 12;
      case "m": return money ? 6 : 0;
      default: return 0;
    }
  }
}
