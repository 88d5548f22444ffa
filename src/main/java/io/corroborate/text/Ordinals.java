package io.corroborate.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ordinal numbers: "21st", "47th" (digits with the right suffix) and "third", "twenty-first",
 * "fifth-largest" (words). They yield a NUMBER with unit {@code ordinal}, never a QUANTITY, so "the
 * third attack" does not agree with "3 attacks".
 *
 * <p>A word ordinal counts only in lower case (so "the First Amendment", "the Third Reich" and a
 * sentence-opening "First," are not ordinals) after a determiner ("the third day", "its fourth
 * reading", "the country's fifth-largest port"); after "a"/"an" only before a lower-case word that is
 * not "of" ("a second time", not "wait a second." nor "a third of"). A hyphenated ordinal counts
 * only before a superlative ("fifth-largest", not "third-party").
 */
final class Ordinals {
  private Ordinals() {}

  private static final Map<String, Integer> WORDS = new HashMap<>();

  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our",
      "my", "your", "this", "that", "every", "each", "a", "an");

  static {
    String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth"};
    String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    String[] tens = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
        "eightieth", "ninetieth"};
    String[] tenPrefixes = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int k = 0; k < units.length; k++) {
      WORDS.put(units[k], k + 1);
    }
    for (int k = 0; k < teens.length; k++) {
      WORDS.put(teens[k], k + 10);
    }
    for (int k = 0; k < tens.length; k++) {
      WORDS.put(tens[k], 20 + 10 * k);
      for (int u = 0; u < units.length; u++) {
        WORDS.put(tenPrefixes[k] + "-" + units[u], 20 + 10 * k + u + 1);
      }
    }
    WORDS.put("hundredth", 100);
    WORDS.put("thousandth", 1000);
  }

  /** True when {@code suffix} is the right ordinal suffix for {@code n}: 1st, 2nd, 3rd, 11th, 21st. */
  static boolean suffixFits(long n, String suffix) {
    long lastTwo = n % 100;
    String expected = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return suffix.equals(expected);
  }

  /** The value of a word ordinal at token {@code i} in a context that makes it one, or 0. */
  static int word(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.capitalized()) {
      return 0;
    }
    String w = tok.lower();
    Integer value = WORDS.get(w);
    if (value == null) {
      int hyphen = w.indexOf('-');
      Integer head = hyphen > 0 ? WORDS.get(w.substring(0, hyphen)) : null;
      boolean superlative = head != null && w.endsWith("est") && w.indexOf('-', hyphen + 1) < 0;
      value = superlative ? head : null;
    }
    return value != null && determinedBefore(t, i) ? value : 0;
  }

  private static boolean determinedBefore(List<Token> t, int i) {
    String prev = NumberWords.lowerAt(t, i - 1);
    if (prev.endsWith("'s") && prev.length() > 2) {
      return true; // "the country's fifth-largest"
    }
    if (!DETERMINERS.contains(prev)) {
      return false;
    }
    if (prev.equals("a") || prev.equals("an")) {
      Token next = i + 1 < t.size() ? t.get(i + 1) : null;
      return next != null && next.isWord() && !next.capitalized() && !next.lower().equals("of");
    }
    return !monthFollows(t, i);
  }

  /** "the third of June": a day of a month, not a count. */
  private static boolean monthFollows(List<Token> t, int i) {
    return NumberWords.lowerAt(t, i + 1).equals("of") && i + 2 < t.size() && CalendarWords.isMonth(t.get(i + 2));
  }
}
