package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part of a sentence a reporting cue vouches for. "X said (that) …" and "According to X, …" cover what
 * follows the cue; "…, X said." and "…, according to X." cover what precedes it. A cue in mid-sentence that
 * opens with its speaker ("…, in which Isil claimed that …") covers only its own clause to the right, so a
 * figure earlier in the sentence stays the outlet's own; a trailing "…, said X, …" covers the text before it.
 * A relative clause that describes something the speaker mentions ("X said the attacks that killed 127 people
 * were an act of war") is the outlet's gloss, not the speaker's figure ({@link RelativeClauses}).
 */
final class ClauseScopes {

  /**
   * The text {@code [from, to)} (document offsets) that {@code speaker} is credited with, but for the
   * outlet's own descriptions inside it ({@code glosses}, pairs of offsets).
   */
  record Scope(Speaker speaker, int from, int to, int[] glosses) {
    boolean covers(int offset) {
      if (offset < from || offset >= to) {
        return false;
      }
      for (int i = 0; i < glosses.length; i += 2) {
        if (offset >= glosses[i] && offset < glosses[i + 1]) {
          return false;
        }
      }
      return true;
    }
  }

  private ClauseScopes() {}

  static List<Scope> of(Sentence sentence, List<Word> words, List<CueSpeakers.Attributed> cues) {
    List<Scope> scopes = new ArrayList<>();
    int[] glosses = null;
    for (CueSpeakers.Attributed a : cues) {
      if (a.speaker() != null) {
        if (glosses == null) {
          glosses = RelativeClauses.glosses(words);
        }
        scopes.add(scope(sentence, words, a, glosses));
      }
    }
    return scopes;
  }

  private static Scope scope(Sentence sentence, List<Word> words, CueSpeakers.Attributed a, int[] glosses) {
    CueFinder.Cue cue = a.cue();
    int cueStart = words.get(cue.start()).start();
    int cueEnd = words.get(cue.end() - 1).end();
    Tail tail = cue.start() == 0 ? Tail.OPENS : tail(words, cue.end());
    if (tail == Tail.PARTICIPLE) {
      // "…, police said, adding that 12 were children": the speaker vouches for both sides
      return new Scope(a.speaker(), sentence.start(), sentence.end(), glosses);
    }
    if (tail == Tail.CLOSES) {
      return new Scope(a.speaker(), sentence.start(), cueStart, glosses);
    }
    if (opensSentence(words, cue) || cue.subjectFirst() || cue.pronoun()) {
      return new Scope(a.speaker(), cueEnd, sentence.end(), glosses);
    }
    return new Scope(a.speaker(), sentence.start(), cueStart, glosses);
  }

  /**
   * True when the cue starts the sentence, or only an opening adverbial stands before a cue that starts with
   * its speaker: "On Saturday, police said" (but "Forty were treated, according to officials" closes a clause).
   */
  private static boolean opensSentence(List<Word> words, CueFinder.Cue cue) {
    int cueStart = cue.start();
    int comma = -1;
    for (int i = 0; i < cueStart; i++) {
      Word w = words.get(i);
      if (w.quoted()) {
        return false; // "“…,” police said" hands the quote to the cue: the cue closes it
      }
      if (w.is(",")) {
        comma = i;
      }
    }
    return cueStart == 0 || (comma == cueStart - 1 && comma <= MAX_OPENER_WORDS && cue.subjectFirst());
  }

  private static final int MAX_OPENER_WORDS = 5;

  /** What follows a cue: nothing of its own, a participle clause of the speaker's, or a clause of its own. */
  private enum Tail { CLOSES, PARTICIPLE, OPENS }

  /**
   * The cue ends its sentence when nothing follows but punctuation, or a short tail of the verb's own
   * ("…, a harbour worker told Harbour Radio.", "…, police said on Nov. 14."); ", citing …" / ", adding
   * that …" goes on in the speaker's voice; a figure or "that" after the cue opens a clause of its own
   * ("…, the mayor said 12 people died").
   */
  private static Tail tail(List<Word> words, int cueEnd) {
    int tail = 0;
    for (int i = cueEnd; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.quoted()) {
        continue;
      }
      if (w.is(",")) {
        boolean participle = i + 1 < words.size() && words.get(i + 1).isWord() && words.get(i + 1).key().endsWith("ing");
        return participle ? Tail.PARTICIPLE : tail <= MAX_TAIL_WORDS ? Tail.CLOSES : Tail.OPENS;
      }
      if (w.kind() == TokenKind.NUMBER && !inDate(words, i) || w.is("that") || w.is(";") || w.is(":")) {
        return Tail.OPENS;
      }
      if (w.isWord() && ++tail > MAX_TAIL_WORDS) {
        return Tail.OPENS;
      }
    }
    return Tail.CLOSES;
  }

  /** A day or year next to a month name: "on Nov. 14", "14 November 2015". */
  private static boolean inDate(List<Word> words, int i) {
    return i > 0 && CalendarWords.isMonthKey(words.get(i - 1).key())
        || i + 1 < words.size() && CalendarWords.isMonthKey(words.get(i + 1).key())
        || i > 2 && words.get(i - 1).is(",") && CalendarWords.isMonthKey(words.get(i - 3).key());
  }

  private static final int MAX_TAIL_WORDS = 6;
}
