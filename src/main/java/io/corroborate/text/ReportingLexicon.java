package io.corroborate.text;

import java.util.Set;

/**
 * Reporting verbs and the small closed sets around them: what may stand between a subject and
 * its verb ("has", "also", "repeatedly"), what cancels a report ("did not say", "declined to
 * confirm", "would say"), what makes it passive ("it was revealed"), and the hedges that mark a
 * sentence as second-hand ("reportedly", "allegedly").
 */
final class ReportingLexicon {
  private static final Set<String> VERBS = Set.of(
      "said", "says", "say", "told", "tells", "added", "adds", "confirmed", "confirms", "reported",
      "reports", "revealed", "warned", "claimed", "claims", "stated", "announced", "noted", "insisted",
      "argued", "accused", "alleged", "estimated", "wrote", "explained", "acknowledged", "admitted",
      "denied", "believes", "believed", "warns", "notes", "insists", "denies", "announces", "argues",
      "writes", "admits", "asserted", "declared", "stressed", "emphasised", "emphasized",
      "suggested", "predicted", "disclosed", "conceded", "cautioned", "replied",
      "countered", "tweeted", "stresses", "estimates", "contended", "indicated", "reiterated",
      "underlined", "specified", "clarified", "asserts", "declares", "predicts", "concedes", "cautions",
      "boasted", "boasts", "bragged", "brags");

  /** Verbs that report words only before "that", "of", "about" or a quote: "the city boasts a port" has none. */
  private static final Set<String> BOASTS = Set.of("boasted", "boasts", "bragged", "brags");
  private static final Set<String> BOAST_OBJECTS = Set.of("that", "of", "about");

  /** Forms that are also plural nouns: "claims of victory", "reports are", "says" is safe enough. */
  private static final Set<String> NOUN_LIKE = Set.of("claims", "reports", "notes", "estimates", "predicts");

  /** After a noun-like form, these show it is the noun: "reports of shelling", "claims were". */
  private static final Set<String> NOUN_FOLLOWERS = Set.of(
      "of", "are", "were", "have", "had", "from", "about", "by", "on", "in", "remain", "suggest");

  /** May stand between the subject and the verb. */
  private static final Set<String> AUXILIARIES = Set.of(
      "had", "has", "have", "also", "repeatedly", "previously", "earlier", "later", "again", "publicly",
      "already", "recently", "reportedly", "allegedly", "then", "further", "separately", "once", "first",
      "initially", "privately", "subsequently", "openly", "explicitly", "now", "just", "did", "does", "do",
      "originally", "quickly", "flatly", "angrily", "strongly", "firmly");

  /** Between subject and verb these cancel the report: "did not say", "declined to confirm", "would say". */
  private static final Set<String> CANCELLERS = Set.of(
      "not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "hasn't",
      "haven't", "hadn't", "wasn't", "isn't", "aren't", "weren't", "cannot", "can't", "to", "will",
      "would", "could", "can", "may", "might", "should", "must", "shall");

  /** A form of "be" before the verb makes it passive: "it was revealed", "casualties were reported". */
  private static final Set<String> BE_FORMS = Set.of("was", "is", "were", "are", "been", "be", "being");

  /** Nouns of "was the view of X": what a speaker holds or says. */
  private static final Set<String> VIEW_NOUNS = Set.of(
      "view", "views", "assessment", "words", "opinion", "verdict", "position", "message", "conclusion",
      "account", "version", "warning", "argument");

  private static final Set<String> HEDGE_WORDS = Set.of("reportedly", "allegedly", "purportedly", "supposedly");

  private ReportingLexicon() {}

  /** A reporting verb, capitalized or not (a title-case headline: "Kestrel Says…"). */
  static boolean verb(Word w) {
    return w.isWord() && VERBS.contains(w.key());
  }

  /** A reporting verb given as a lower-case key. */
  static boolean verbKey(String key) {
    return VERBS.contains(key);
  }

  /** "boasted a port", "boasts 40 museums": a boasting verb that owns something rather than says it. */
  static boolean boastOfOwning(Word verb, Word next) {
    return BOASTS.contains(verb.key()) && !BOAST_OBJECTS.contains(next.key()) && !next.quoted()
        && next.kind() != TokenKind.PUNCT;
  }

  static boolean nounLikeKey(String key) {
    return NOUN_LIKE.contains(key);
  }

  static boolean nounLike(Word w) {
    return NOUN_LIKE.contains(w.key());
  }

  static boolean nounFollower(Word w) {
    return NOUN_FOLLOWERS.contains(w.key());
  }

  static boolean auxiliary(Word w) {
    return AUXILIARIES.contains(w.key());
  }

  static boolean canceller(Word w) {
    return CANCELLERS.contains(w.key());
  }

  static boolean beForm(Word w) {
    return BE_FORMS.contains(w.key());
  }

  static boolean viewNoun(Word w) {
    return !w.quoted() && VIEW_NOUNS.contains(w.key());
  }

  static boolean hedgeWord(Word w) {
    return HEDGE_WORDS.contains(w.key());
  }
}
