package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a sentence's tokens into {@link Word}s: marks each with the quote it lies in and merges a
 * detached abbreviation period back into its word ("U.S" + "." → "U.S."), so the rules below never
 * depend on which of the two shapes the tokenizer produced.
 */
final class SentenceWords {
  /** Abbreviations that take a final period; dotted initialisms ("U.S") are recognized by shape. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "gov", "sen", "rep", "prof", "adm", "capt",
      "sgt", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "inc", "corp", "ltd", "co");

  private SentenceWords() {}

  static List<Word> of(Sentence sentence, List<Quote> quotes) {
    List<Token> tokens = sentence.tokens();
    List<Word> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int end = t.end();
      String text = t.text();
      if (t.kind() == TokenKind.WORD && i + 1 < tokens.size() && detachedPeriod(t, tokens.get(i + 1))) {
        end = tokens.get(++i).end();
        text = text + ".";
      }
      words.add(new Word(t.start(), end, text, key(t), t.kind(), quoteAt(quotes, t.start())));
    }
    return words;
  }

  private static boolean detachedPeriod(Token word, Token next) {
    if (!next.text().equals(".") || next.start() != word.end()) {
      return false;
    }
    String lower = word.lower();
    return lower.indexOf('.') > 0 || ABBREVIATIONS.contains(lower)
        || (lower.length() == 1 && word.capitalized()); // an initial: "Ana J. Vell"
  }

  private static String key(Token t) {
    String lower = t.lower();
    return t.kind() == TokenKind.WORD && lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** Index of the quote containing {@code offset}, or -1; quotes are sorted and disjoint. */
  static int quoteAt(List<Quote> quotes, int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quote q = quotes.get(mid);
      if (offset < q.start()) {
        hi = mid - 1;
      } else if (offset >= q.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
