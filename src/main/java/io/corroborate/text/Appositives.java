package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * "NP1, NP2, VERB": a subject with an appositive between commas ("Ukraine's military intelligence
 * agency, the DBA, reported"; "Mara Kestrel, the defense minister, said"). The speaker is the phrase
 * that is a proper name, the appositive first; the cue spans both phrases. NP1 must open its clause,
 * so "…fighting near Dorvia, the minister said" is not read as an appositive. A parenthetical that
 * starts with "citing", "quoting", "who"… is skipped: "The Courier, citing two officials, reported".
 */
final class Appositives {
  private static final Set<String> CLAUSE_OPENERS = Set.of(":", ";", "that", "—", "–", "-", "--", "(", "and", "but");
  private static final Set<String> PARENTHETICAL_OPENERS = Set.of(
      "citing", "quoting", "who", "speaking", "however", "too", "though", "meanwhile", "in", "on", "at");
  private static final int MAX_PARENTHETICAL = 12;

  private Appositives() {}

  /** The cue, or null when the words before {@code comma} (which precedes {@code verb}) are no appositive. */
  static CueFinder.Cue cue(List<Word> words, int comma, int verb) {
    CueFinder.Cue parenthetical = parenthetical(words, comma, verb);
    if (parenthetical != null) {
      return parenthetical;
    }
    int head2 = comma - 1;
    if (head2 < 0 || !PhraseWords.head(words.get(head2))) {
      return null;
    }
    NounPhrases.Span second = NounPhrases.left(words, head2);
    int comma1 = second.from() - 1;
    if (comma1 < 1 || !words.get(comma1).is(",") || !PhraseWords.head(words.get(comma1 - 1))) {
      return null;
    }
    NounPhrases.Span first = NounPhrases.left(words, comma1 - 1);
    if (!opensClause(words, first.from())) {
      return null;
    }
    NounPhrases.Span speaker = proper(words, second) ? second : first; // two role phrases: the subject
    return new CueFinder.Cue(first.from(), verb + 1, speaker.from(), speaker.to(), false);
  }

  /** "NP, citing …, VERB": the subject before the parenthetical speaks. */
  private static CueFinder.Cue parenthetical(List<Word> words, int comma, int verb) {
    for (int k = comma - 1; k > 0 && k >= comma - MAX_PARENTHETICAL; k--) {
      Word w = words.get(k);
      if (w.quoted()) {
        return null;
      }
      if (w.is(",")) {
        if (!PARENTHETICAL_OPENERS.contains(words.get(k + 1).key()) || !PhraseWords.head(words.get(k - 1))) {
          return null;
        }
        NounPhrases.Span subject = NounPhrases.left(words, k - 1);
        return opensClause(words, subject.from())
            ? new CueFinder.Cue(subject.from(), verb + 1, subject.from(), subject.to(), false) : null;
      }
    }
    return null;
  }

  /**
   * A name rather than a role: "the DBA", "Mara Kestrel"; not "the defense minister", nor a role
   * with an attachment ("a spokesperson for the Army", "MP for Halden").
   */
  static boolean proper(List<Word> words, NounPhrases.Span span) {
    Word last = words.get(span.to() - 1);
    if (!PhraseWords.nameWord(last) || Titles.end(words, span.to() - 1, span.to()) > 0) {
      return false;
    }
    for (int i = span.from(); i < span.to() - 1; i++) {
      Word next = words.get(i + 1);
      boolean attached = next.is("of") || next.is("for") || next.is("at") || next.is("in") || next.is("from");
      if (attached && Titles.end(words, i, i + 1) > 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensClause(List<Word> words, int from) {
    if (from == 0) {
      return true;
    }
    Word before = words.get(from - 1);
    return before.quoted() || CLAUSE_OPENERS.contains(before.key());
  }
}
