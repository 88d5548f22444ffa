package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds reporting cues in one sentence, outside quotes: "X said (that)", "…, X said", "…, said X",
 * "according to X", "X told reporters", "X has confirmed", "X, the DBA, reported", "X was told by Y",
 * "in a statement". A verb counts only with a speaker phrase next to it, which is what separates
 * "officials confirmed" from "the first confirmed casualties" and "an estimated 10,000".
 */
final class CueFinder {

  /**
   * One cue; indices are word indices in the sentence.
   *
   * @param start first word of the cue (speaker or verb)
   * @param end just after its last word
   * @param speakerFrom first word of the speaker phrase, or -1 when the cue names none
   * @param speakerTo just after the speaker phrase
   * @param pronoun true when the speaker phrase is a pronoun to resolve
   */
  record Cue(int start, int end, int speakerFrom, int speakerTo, boolean pronoun) {
    boolean hasSpeaker() {
      return speakerFrom >= 0;
    }

    /** True when the speaker stands first and the verb follows it: "He added", "Kestrel said". */
    boolean subjectFirst() {
      return hasSpeaker() && speakerFrom == start;
    }
  }

  /** After a plain noun, a verb followed by one of these is a participle: "losses reported near Lisvan". */
  private static final java.util.Set<String> PARTICIPLE_PREPOSITIONS = java.util.Set.of(
      "at", "in", "on", "near", "from", "across", "over", "during", "since", "after", "before", "with", "into",
      "outside", "inside", "along", "around", "among", "for", "as");

  /** Words after which a new clause, and so a subject, may start. */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of(
      "but", "that", "while", "when", "because", "although", "though", "as", "so", "since", "after", "before",
      "if", "where", "whereas", "yet", "and", "meanwhile", "however", "now", "then");

  private CueFinder() {}

  static List<Cue> find(List<Word> words) {
    List<Cue> cues = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.quoted() || !w.isWord()) {
        continue;
      }
      Cue cue = null;
      if (w.is("according") && i + 1 < words.size() && words.get(i + 1).is("to")) {
        cue = speakerAfter(words, i, i + 2);
      } else if (viewOf(words, i)) {
        cue = speakerAfter(words, i - 1, i + 2); // "That was the view of X"
      } else if (w.is("in") && statementAt(words, i) > 0) {
        cue = Statements.cue(words, i, statementAt(words, i));
      } else if (ReportingLexicon.verb(w)) {
        cue = verbCue(words, i);
      } else if (QUOTE_INTRODUCERS.contains(w.key()) && quoteWithin(words, i + 1)) {
        cue = verbCue(words, i); // "The Vatican called it “an attack on peace”", "Obama spoke of “…”"
      }
      if (cue != null) {
        cues.add(cue);
      }
    }
    return cues;
  }

  /**
   * "was the view of X", "are the words of X": a sentence that hands the text before it to a
   * speaker ("“…” That was the view of the minister.").
   */
  private static boolean viewOf(List<Word> words, int i) {
    return ReportingLexicon.viewNoun(words.get(i)) && i >= 2 && words.get(i - 1).is("the")
        && ReportingLexicon.beForm(words.get(i - 2)) && i + 1 < words.size() && words.get(i + 1).is("of");
  }

  /** Index just after "statement" in "in a/its/the (joint) statement", or -1. */
  static int statementAt(List<Word> words, int in) {
    for (int k = in + 1; k < Math.min(words.size(), in + 4); k++) {
      Word w = words.get(k);
      if (w.quoted()) {
        return -1;
      }
      if (w.is("statement")) {
        return k > in + 1 ? k + 1 : -1;
      }
    }
    return -1;
  }

  private static Cue verbCue(List<Word> words, int verb) {
    if (nounUse(words, verb)) {
      return null;
    }
    int j = verb - 1;
    boolean passive = false;
    while (j >= 0 && !words.get(j).quoted() && (skippable(words, j) || inStatementBefore(words, j))) {
      if (inStatementBefore(words, j)) {
        j -= 3; // "the ministry in a statement said"
        continue;
      }
      if (ReportingLexicon.canceller(words.get(j))) {
        return null; // "did not say", "declined to confirm", "would say"
      }
      passive |= ReportingLexicon.beForm(words.get(j));
      j--;
    }
    if (passive) {
      // "it was revealed that" names nobody; "was confirmed by the ministry" does
      return verb + 1 < words.size() && words.get(verb + 1).is("by") ? speakerAfter(words, verb, verb + 2) : null;
    }
    boolean soSaid = j == 0 && words.get(j).is("so"); // "So said the minister."
    if (j < 0 || soSaid || words.get(j).quoted()
        || (words.get(j).kind() == TokenKind.PUNCT && !words.get(j).is(","))) {
      return speakerAfter(words, verb, verb + 1); // "…," said X / — said X
    }
    Word left = words.get(j);
    if (left.is(",")) {
      Cue appositive = Appositives.cue(words, j, verb);
      return appositive != null ? appositive : speakerAfter(words, verb, verb + 1);
    }
    if (PhraseWords.pronoun(left)) {
      return new Cue(j, verb + 1, j, j + 1, true);
    }
    int head = j;
    if (left.is("who") && j > 0) {
      head = words.get(j - 1).is(",") ? j - 2 : j - 1; // "officials, who asked not to be named, said" is out of reach
    }
    if (head < 0 || !PhraseWords.subjectHead(words, head)) {
      return null;
    }
    if (!PhraseWords.head(words.get(head)) && !plainSubject(words, head, verb)) {
      return null;
    }
    if (!PhraseWords.head(words.get(head)) && verb + 1 < words.size()) {
      Word next = words.get(verb + 1);
      if (next.is("by")) {
        return speakerAfter(words, verb, verb + 2); // "casualties reported by the ministry"
      }
      if (PARTICIPLE_PREPOSITIONS.contains(next.key())) {
        return null; // "losses reported at Lisvan": a participle, not a report
      }
    }
    NounPhrases.Span span = NounPhrases.left(words, head);
    return new Cue(span.from(), verb + 1, span.from(), span.to(), false);
  }

  /**
   * Extra checks for a subject that is a plain noun rather than a name or role: not before a
   * noun-like verb form ("revelation follows reports that"), and the phrase must open its clause
   * (after the sentence start, punctuation, a quote, or a clause word), so that the object of a
   * preposition is not taken for the subject: "officials briefed on the investigation said",
   * "…than previous claims.", but "…, rescue workers said" and "32 clubs reported".
   */
  private static boolean plainSubject(List<Word> words, int head, int verb) {
    if (ReportingLexicon.nounLike(words.get(verb))) {
      return false;
    }
    int before = NounPhrases.left(words, head).from() - 1;
    while (before >= 0 && words.get(before).kind() == TokenKind.NUMBER) {
      before--; // "32 clubs reported"
    }
    if (before < 0 || words.get(before).quoted() || words.get(before).kind() == TokenKind.PUNCT) {
      return true;
    }
    Word w = words.get(before);
    boolean coordinated = (w.is("and") || w.is("or")) && before > 0 && words.get(before - 1).is(",");
    return coordinated || CLAUSE_OPENERS.contains(w.key());
  }

  /** Verbs that report words only when a quotation follows them closely. */
  private static final java.util.Set<String> QUOTE_INTRODUCERS = java.util.Set.of("called", "calls", "spoke",
      "speaks", "described", "describes", "termed", "dubbed", "branded", "hailed", "condemned");
  private static final int QUOTE_REACH = 3;

  /** True when a quoted word comes within {@value #QUOTE_REACH} words from {@code from}. */
  private static boolean quoteWithin(List<Word> words, int from) {
    for (int k = from; k < Math.min(words.size(), from + QUOTE_REACH + 1); k++) {
      if (words.get(k).quoted()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> RESPONSIBILITY = java.util.Set.of("responsibility", "credit");
  private static final java.util.Set<String> DECLARED_ACTS = java.util.Set.of("a", "an", "war", "martial",
      "victory", "independence", "bankruptcy");

  /**
   * "claims of victory", "reports are", "claimed responsibility", "added 500 troops", "added a camera", "said
   * to be", "boasts 40 berths": not a report.
   */
  private static boolean nounUse(List<Word> words, int verb) {
    if (verb + 1 >= words.size()) {
      return false;
    }
    Word next = words.get(verb + 1);
    Word w = words.get(verb);
    if (ReportingLexicon.nounLike(w) && ReportingLexicon.nounFollower(next)) {
      return true;
    }
    if (ReportingLexicon.boastOfOwning(w, next)) {
      return true; // "the port boasts 40 berths"
    }
    if (w.key().startsWith("claim") && RESPONSIBILITY.contains(next.key())) {
      return true; // "Isil claimed responsibility for the attacks": owning an act, not reporting a fact
    }
    if (w.key().startsWith("declar") && DECLARED_ACTS.contains(next.key())) {
      return true; // "France has declared a state of emergency": an act, not a statement
    }
    if ((w.is("added") || w.is("adds"))
        && (next.kind() == TokenKind.NUMBER || next.is("to") || next.is("a") || next.is("an"))) {
      return true;
    }
    return next.is("to") && verb + 2 < words.size() && (words.get(verb + 2).is("be") || words.get(verb + 2).is("have"));
  }

  /** True when {@code words[j-2..j]} is "in a/its statement". */
  private static boolean inStatementBefore(List<Word> words, int j) {
    return j >= 2 && words.get(j).is("statement") && words.get(j - 2).is("in") && !words.get(j - 2).quoted();
  }

  /** Words that may stand between subject and verb: auxiliaries, cancellers (checked), "on Thursday". */
  private static boolean skippable(List<Word> words, int j) {
    Word w = words.get(j);
    if (ReportingLexicon.auxiliary(w) || ReportingLexicon.canceller(w) || ReportingLexicon.beForm(w)) {
      return true;
    }
    if (PhraseWords.DAYS.contains(w.key())) {
      return true;
    }
    return w.is("on") && j + 1 < words.size() && PhraseWords.DAYS.contains(words.get(j + 1).key());
  }

  /**
   * A cue whose speaker phrase follows: "according to X", "said X", "confirmed by X". A closing
   * appositive that is a proper name wins over a role phrase: "according to the agency, the DBA."
   */
  static Cue speakerAfter(List<Word> words, int cueStart, int first) {
    if (first >= words.size()) {
      return null;
    }
    NounPhrases.Span span = NounPhrases.right(words, first);
    if (span == null) {
      return null;
    }
    int comma = span.to();
    if (comma + 1 < words.size() && words.get(comma).is(",") && !Appositives.proper(words, span)) {
      NounPhrases.Span second = NounPhrases.right(words, comma + 1);
      if (second != null && Appositives.proper(words, second) && (second.to() == words.size()
          || (words.get(second.to()).kind() == TokenKind.PUNCT && !words.get(second.to()).quoted()))) {
        return new Cue(cueStart, second.to(), second.from(), second.to(), false);
      }
    }
    return new Cue(cueStart, span.to(), span.from(), span.to(), false);
  }
}
