package io.corroborate.text;

import java.util.List;

/**
 * Finds the speaker phrase next to a reporting verb: up to {@value #MAX_WORDS} words of names,
 * initialisms, role nouns and modifiers, joined by "and" ("The US and South Korea") or by "of"/"for"
 * before a name ("spokesperson for the Valdorian Army"), with an optional leading determiner.
 * Quotes, punctuation and any other word end the phrase.
 */
final class NounPhrases {
  static final int MAX_WORDS = 8;

  /** Word indices {@code [from, to)} of a phrase. */
  record Span(int from, int to) {}

  private NounPhrases() {}

  /** The phrase ending at {@code head} (inclusive), scanning left; {@code head} must be a head word. */
  static Span left(List<Word> words, int head) {
    if (PhraseWords.pronoun(words.get(head))) {
      return new Span(head, head + 1);
    }
    int k = head;
    int count = 1;
    int plains = 0; // plain modifiers in a row just left of k: "law enforcement officials"
    while (k > 0 && count < MAX_WORDS) {
      Word w = words.get(k - 1);
      if (PhraseWords.determiner(w)) {
        if (k >= 2 && joiner(words.get(k - 2)) && (words.get(k).capitalized() || joins(words, k - 2))) {
          k--; // "for the Army", "analysts at the institute": keep scanning through the determiner
          continue;
        }
        k--;
        break;
      }
      if (PhraseWords.inside(w)) {
        count++;
        plains = 0;
      } else if (PhraseWords.plain(w) && plains < 2 && (plains > 0 || PhraseWords.role(words.get(k))
          || (k == head && PhraseWords.commonNoun(words.get(k))))) {
        count++;
        plains++;
      } else if (joins(words, k - 1) && k >= 2 && PhraseWords.inside(words.get(k - 2))) {
        plains = 0;
      } else {
        break;
      }
      k--;
    }
    while (k < head && joiner(words.get(k))) {
      k++;
    }
    return new Span(k, head + 1);
  }

  /** The phrase starting at {@code first}, scanning right; null when it has no head word. */
  static Span right(List<Word> words, int first) {
    int n = words.size();
    int k = first;
    if (k < n && PhraseWords.determiner(words.get(k))) {
      k++;
    }
    int count = 0;
    while (k < n && count < MAX_WORDS) {
      Word w = words.get(k);
      if (PhraseWords.inside(w) || modifiesRole(words, k)) {
        count++;
        k++;
      } else if (joins(words, k) && k + 1 < n && (PhraseWords.inside(words.get(k + 1))
          || (PhraseWords.determiner(words.get(k + 1)) && k + 2 < n && words.get(k + 2).capitalized()))) {
        k += PhraseWords.determiner(words.get(k + 1)) ? 2 : 1;
      } else {
        break;
      }
    }
    while (k > first && !PhraseWords.head(words.get(k - 1))) {
      k--;
    }
    return k > first ? new Span(first, k) : null;
  }

  /** A plain word before a role noun, or before another plain word and then a role noun. */
  private static boolean modifiesRole(List<Word> words, int k) {
    int n = words.size();
    if (!PhraseWords.plain(words.get(k)) || k + 1 >= n) {
      return false;
    }
    return PhraseWords.role(words.get(k + 1))
        || (PhraseWords.plain(words.get(k + 1)) && k + 2 < n && PhraseWords.role(words.get(k + 2)));
  }

  /**
   * "and" / "&" anywhere; "of" / "for" between a name or role and a capitalized word ("Ministry of
   * Defense", "spokesperson for the Army"); "from" / "in" / "at" only after a role noun ("officials
   * from Dorvia", "analysts at the Institute").
   */
  private static boolean joins(List<Word> words, int i) {
    Word w = words.get(i);
    if (w.quoted()) {
      return false;
    }
    if (w.is("and") || w.is("&")) {
      return true;
    }
    if (!joiner(w) || i == 0 || i + 1 >= words.size()) {
      return false;
    }
    Word before = words.get(i - 1);
    Word after = words.get(i + 1);
    boolean ofFor = w.is("of") || w.is("for");
    boolean beforeOk = PhraseWords.role(before) || (ofFor && PhraseWords.nameWord(before));
    return beforeOk && (after.capitalized() || PhraseWords.determiner(after));
  }

  private static boolean joiner(Word w) {
    return !w.quoted() && (w.is("of") || w.is("for") || w.is("from") || w.is("in") || w.is("at"));
  }
}
