package io.corroborate.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English number words: "eleven", "twenty-five", "one hundred and twenty", "Eleven thousand",
 * "a hundred", "two dozen", "two million", "two and a half", and hyphenated number-led words
 * ("three-month"). Fractions are in {@link Fractions}. Matching uses
 * {@link Token#lower()}, so case does not matter.
 */
final class NumberWords {
  private NumberWords() {}

  /** A number-word phrase ending before token {@code end} with its value. */
  record Parsed(int end, double value) {}

  /** A hyphenated word led by a number: its value and the tail after it ("month"), or null. */
  record Hyphenated(double value, String next) {}

  private static final Map<String, Integer> SMALL = new HashMap<>();
  static final Map<String, Integer> SCALES = Map.of(
      "thousand", 3, "million", 6, "billion", 9, "trillion", 12);

  static {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int k = 0; k < units.length; k++) {
      SMALL.put(units[k], k);
    }
    for (int k = 0; k < tens.length; k++) {
      SMALL.put(tens[k], 20 + 10 * k);
      for (int u = 1; u <= 9; u++) {
        SMALL.put(tens[k] + "-" + units[u], 20 + 10 * k + u);
      }
    }
  }

  /** 0–99 for "zero".."ninety-nine" (hyphenated compounds included), else null. */
  static Integer small(String lower) {
    return SMALL.get(lower);
  }

  /** Kinds of the last word read, to accept "one hundred and twenty" but not "one two". */
  private static final int NONE = 0;
  private static final int SMALL_WORD = 1;
  private static final int TENS = 2;
  private static final int HUNDRED = 3;
  private static final int SCALE = 4;
  private static final int DOZEN = 5;

  /** The number-word phrase starting at token {@code i}, or null. */
  static Parsed parse(List<Token> t, int i) {
    int n = t.size();
    double total = 0;
    double current = 0;
    int last = NONE;
    int lastScale = 99;
    int end = -1;
    int j = i;
    if (t.get(i).lower().equals("a") && i + 1 < n && isMultiplier(t.get(i + 1).lower())) {
      current = 1; // "a hundred", "a dozen", "a million"
      last = SMALL_WORD;
      j++;
    }
    for (; j < n && t.get(j).isWord(); j++) {
      String w = t.get(j).lower();
      Integer s = SMALL.get(w);
      Integer scale = SCALES.get(w);
      if (s != null) {
        boolean ok = last == NONE || last == HUNDRED || last == SCALE
            || (last == TENS && s > 0 && s < 10);
        if (!ok) {
          break;
        }
        current += s;
        last = s >= 20 && s % 10 == 0 ? TENS : SMALL_WORD;
      } else if (w.equals("hundred") && (last == SMALL_WORD || last == TENS)) {
        current *= 100;
        last = HUNDRED;
      } else if (scale != null && last != NONE && last != SCALE && scale < lastScale) {
        total += current * Math.pow(10, scale);
        current = 0;
        lastScale = scale;
        last = SCALE;
      } else if (w.equals("dozen") && (last == SMALL_WORD || last == TENS)) {
        current *= 12;
        last = DOZEN;
      } else if (w.equals("and") && (last == HUNDRED || last == SCALE) && j + 1 < n
          && SMALL.containsKey(t.get(j + 1).lower())) {
        continue; // "one hundred and twenty": "and" is only kept when a number follows
      } else {
        break;
      }
      end = j + 1;
    }
    if (end < 0) {
      return null;
    }
    if ((last == SMALL_WORD || last == TENS) && lowerAt(t, end).equals("and") && lowerAt(t, end + 1).equals("a")
        && lowerAt(t, end + 2).equals("half")) {
      Integer scale = SCALES.get(lowerAt(t, end + 3));
      if (scale != null && total == 0) {
        return new Parsed(end + 4, (current + 0.5) * Math.pow(10, scale)); // "two and a half million"
      }
      return new Parsed(end + 3, total + current + 0.5); // "two and a half"
    }
    return new Parsed(end, total + current);
  }

  static String lowerAt(List<Token> t, int i) {
    return i >= 0 && i < t.size() ? t.get(i).lower() : "";
  }

  private static boolean isMultiplier(String w) {
    return w.equals("hundred") || w.equals("dozen") || SCALES.containsKey(w);
  }

  /**
   * "three-month" → (3, "month"); "twenty-five-year-old" → (25, "year-old"); "twenty-five" → (25,
   * null); null when no number leads. The second part is the whole tail after the number.
   */
  static Hyphenated hyphenated(String lower) {
    int h1 = nextHyphen(lower, 0);
    if (h1 == lower.length()) {
      return null;
    }
    int h2 = nextHyphen(lower, h1 + 1);
    Integer two = SMALL.get(lower.substring(0, h2)); // "twenty-five" and "twenty-five-year"
    if (two != null && h2 > h1) {
      return new Hyphenated(two, h2 == lower.length() ? null : lower.substring(h2 + 1));
    }
    Integer one = SMALL.get(lower.substring(0, h1));
    return one == null ? null : new Hyphenated(one, lower.substring(h1 + 1));
  }

  /** 10 for "tenfold", 100 for "hundredfold": a number word glued to "fold"; null otherwise. */
  static Integer fold(String lower) {
    if (!lower.endsWith("fold") || lower.length() <= 4) {
      return null;
    }
    String head = lower.substring(0, lower.length() - 4);
    return head.equals("hundred") ? Integer.valueOf(100) : head.equals("thousand") ? Integer.valueOf(1000)
        : SMALL.get(head);
  }

  private static int nextHyphen(String s, int from) {
    int k = from;
    while (k < s.length() && !TextChars.isHyphen(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
