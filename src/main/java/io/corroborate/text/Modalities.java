package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Computes the {@link Modality} of a token span from the words around it, with closed word lists
 * and no parse. Two scopes, both found by scanning out from the span:
 *
 * <ul>
 *   <li>the <em>clause</em>: bounded by the sentence, by punctuation ({@code , ; : ( ) —}) and by
 *       clause words ("but", "because", "after", "if", and on the right also "and", "which").
 *       Scanning left, a reporting verb closes it too: in "officials who did not give their names
 *       said 40 died" the "not" is not about the 40. Negation, hedges and future are read here.
 *   <li>the <em>sentence part</em>: bounded only by the sentence, ";" and a coordinated clause
 *       (", but", ", and"). Conditions are read here, because "If talks fail, prices will rise"
 *       puts the "if" across a comma.
 * </ul>
 *
 * <p>A negator before a verb of saying or checking ("did not confirm", "could not be verified",
 * "not immediately clear") hedges instead of negating: the span is unconfirmed, not denied.
 * Quantity phrases that contain "no"/"not" ("no more than 40", "not only") negate nothing.
 * Linear in the sentence length. Stateless.
 *
 * <p>Known limit: "after", "before", "since", "until" directly before the span are read as
 * prepositions ("reopen after [3 weeks]"), so in "did not reopen after [40 drones] hit it" the
 * main clause's "not" is wrongly taken as the span's.
 */
final class Modalities {
  private static final Set<String> PUNCT_BOUNDARIES = Set.of(",", ";", ":", "(", ")", "—", "–", "--");
  private static final Set<String> CLAUSE_WORDS = Set.of(
      "but", "because", "after", "before", "when", "while", "since", "although", "though", "whereas",
      "until", "if", "unless", "whether", "yet");
  /** Clause words that are prepositions when the span is their object: "reopen after [3 weeks]". */
  private static final Set<String> PREPOSITIONS = Set.of("after", "before", "since", "until");
  private static final Set<String> RIGHT_ONLY_CLAUSE_WORDS = Set.of("and", "or", "which", "who", "that");
  private static final Set<String> COORDINATORS = Set.of("but", "and", "while", "whereas", "yet");

  private static final Set<String> NEGATORS = Set.of(
      "not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "no-one");
  private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "denying", "refuted", "refutes");
  private static final Set<String> REJECTIONS = Set.of("rejected", "rejects", "dismissed", "dismisses");
  private static final Set<String> DISPUTED_THINGS = Set.of(
      "claims", "claim", "reports", "report", "allegations", "suggestions", "that", "assertions");
  /** "no"/"not" opening these phrases is a quantity bound or an emphasis, not a negation. */
  private static final Set<String> NOT_NEGATING_NEXT = Set.of(
      "more", "fewer", "less", "only", "just", "least", "doubt", "later", "sooner", "matter");
  /** After a negator these make the span unconfirmed rather than false: "did not confirm". */
  private static final Set<String> CHECKING_VERBS = Set.of(
      "say", "said", "confirm", "confirmed", "verify", "verified", "disclose", "disclosed", "specify",
      "specified", "comment", "know", "known", "reveal", "revealed", "clear", "give", "elaborate", "explain",
      "identify", "identified", "provide", "independently", "immediately");
  private static final Set<String> CHECKING_FILLERS = Set.of("be", "been", "yet", "publicly", "immediately");

  private static final Set<String> HEDGES = Set.of(
      "may", "might", "could", "possibly", "perhaps", "probably", "likely", "unlikely", "apparently",
      "reportedly", "allegedly", "purportedly", "supposedly", "presumably", "seemingly", "suspected",
      "unconfirmed", "unverified", "alleged", "purported", "unclear", "rumoured", "rumored", "whether",
      "potentially", "maybe");
  /** Hedges only with "to" after them: "appears to", "is thought to", "is believed to", "is said to". */
  private static final Set<String> HEDGES_BEFORE_TO = Set.of(
      "appears", "appear", "appeared", "seems", "seem", "seemed", "believed", "thought", "said", "rumoured");
  /** "if" after these asks a question ("asked if", "unclear if"): uncertain, not a condition. */
  private static final Set<String> QUESTION_IF = Set.of(
      "asked", "ask", "asks", "asking", "know", "knew", "known", "see", "unclear", "clear", "wondered",
      "wonder", "check", "checking", "determine", "sure", "certain");

  private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "won't", "'ll", "wo");
  /** Future with "to" after them: "plans to", "is expected to", "intends to". */
  private static final Set<String> FUTURE_BEFORE_TO = Set.of(
      "plans", "plan", "planned", "planning", "expected", "expects", "expect", "intends", "intend", "intended",
      "aims", "aim", "scheduled", "going", "poised", "due", "set", "about", "preparing", "prepares");
  /** Of these, only after a form of "be": "is set to", "are due to", "is going to", "is about to". */
  private static final Set<String> FUTURE_AFTER_BE = Set.of("set", "due", "going", "about", "poised");
  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "political", "free", "good");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");

  private Modalities() {}

  /**
   * The modality of tokens {@code [from, to)} of {@code tokens} (one sentence); {@code reportingHedge}
   * is the sentence's own hedge flag ({@link DocumentAttribution#hedged}).
   */
  static Modality of(List<Token> tokens, int from, int to, boolean reportingHedge) {
    Flags f = new Flags();
    f.hedged = reportingHedge || question(tokens);
    int left = clauseStart(tokens, from, f);
    int right = clauseEnd(tokens, to);
    for (int i = left; i < right; i++) {
      read(tokens, i, f);
    }
    int partLeft = partStart(tokens, left);
    int partRight = partEnd(tokens, right);
    for (int i = partLeft; i < partRight; i++) {
      condition(tokens, i, f);
    }
    boolean wouldFuture = f.would && !f.conditional;
    return new Modality(f.negated, f.hedged, f.conditional, f.future || wouldFuture);
  }

  /** Mutable flags while one span is read. */
  private static final class Flags {
    boolean negated;
    boolean hedged;
    boolean conditional;
    boolean future;
    boolean would;
  }

  /**
   * First token of the clause that holds {@code from}. A reporting verb on the way closes it; a
   * denial or a negated verb of saying just before it still counts ("denied that", "did not say").
   */
  private static int clauseStart(List<Token> tokens, int from, Flags f) {
    int k = from;
    while (k > 0) {
      Token t = tokens.get(k - 1);
      String w = t.lower();
      if (PUNCT_BOUNDARIES.contains(w) || (CLAUSE_WORDS.contains(w) && !(PREPOSITIONS.contains(w) && k == from))) {
        if (w.equals("whether")) {
          f.hedged = true; // "unclear whether …": an open question
        }
        return k;
      }
      if (closesClause(tokens, k - 1)) {
        if (HEDGES.contains(w)) {
          f.hedged = true; // "alleged"
        }
        if (DENIALS.contains(w)) {
          f.negated = true;
        } else if (negatedBefore(tokens, k - 1)) {
          f.hedged = true; // "did not say that …"
        }
        return k;
      }
      k--;
    }
    return 0;
  }

  /**
   * A reporting verb ends the clause on the left, except "said to"/"believed to" (hedges read in the
   * clause) and the forms that are nouns as often as verbs ("claims", "reports"): "rejected claims that".
   */
  private static boolean closesClause(List<Token> tokens, int k) {
    String w = tokens.get(k).lower();
    if (!ReportingLexicon.verbKey(w) || ReportingLexicon.nounLikeKey(w)) {
      return false;
    }
    return !(HEDGES_BEFORE_TO.contains(w) && next(tokens, k, "to"));
  }

  private static boolean negatedBefore(List<Token> tokens, int verb) {
    for (int j = verb - 1; j >= Math.max(0, verb - 3); j--) {
      if (negator(tokens, j)) {
        return true;
      }
    }
    return false;
  }

  private static int clauseEnd(List<Token> tokens, int to) {
    int k = to;
    while (k < tokens.size()) {
      String w = tokens.get(k).lower();
      if (PUNCT_BOUNDARIES.contains(w) || CLAUSE_WORDS.contains(w) || RIGHT_ONLY_CLAUSE_WORDS.contains(w)) {
        return k;
      }
      k++;
    }
    return k;
  }

  private static int partStart(List<Token> tokens, int from) {
    for (int k = from - 1; k > 0; k--) {
      if (partBoundary(tokens, k)) {
        return k + 1;
      }
    }
    return 0;
  }

  private static int partEnd(List<Token> tokens, int to) {
    for (int k = to; k < tokens.size(); k++) {
      if (partBoundary(tokens, k)) {
        return k;
      }
    }
    return tokens.size();
  }

  /** ";" or a coordinator after a comma (", but", ", and"), or "but" anywhere. */
  private static boolean partBoundary(List<Token> tokens, int k) {
    String w = tokens.get(k).lower();
    if (w.equals(";") || w.equals("but")) {
      return true;
    }
    return COORDINATORS.contains(w) && k > 0 && tokens.get(k - 1).lower().equals(",");
  }

  /** Reads the negation, hedge and future markers at {@code i}. */
  private static void read(List<Token> tokens, int i, Flags f) {
    String w = tokens.get(i).lower();
    if (negator(tokens, i)) {
      if (checking(tokens, i + 1)) {
        f.hedged = true;
      } else {
        f.negated = true;
      }
    } else if (DENIALS.contains(w) || (REJECTIONS.contains(w) && disputes(tokens, i))
        || (w.equals("failed") && next(tokens, i, "to")) || (w.equals("no") && next(tokens, i, "longer"))) {
      f.negated = true;
    }
    if (hedge(tokens, i)) {
      f.hedged = true;
    }
    if (future(tokens, i)) {
      f.future = true;
    }
    if (w.equals("would") || w.equals("'d")) {
      if (next(tokens, i, "have")) {
        f.conditional = true; // "would have died": counterfactual
      } else {
        f.would = true;
      }
    }
  }

  /** A negating word: "not", "didn't", "never", "no" (not "no more than", "No. 5", "No, …"). */
  private static boolean negator(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.lower();
    if (w.endsWith("n't")) {
      return true;
    }
    if (!NEGATORS.contains(w)) {
      return false;
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (NOT_NEGATING_NEXT.contains(next.lower()) || next.lower().equals(",") || next.kind() == TokenKind.NUMBER) {
        return false; // "no more than 40", "No, …", "No 10 Downing Street"
      }
      if (w.equals("nothing") && (next.lower().equals("but") || next.lower().equals("short"))) {
        return false;
      }
    }
    return !t.text().endsWith(".");
  }

  /** A verb of saying or checking within two words after a negator: "not confirm", "not be verified". */
  private static boolean checking(List<Token> tokens, int i) {
    for (int k = i; k < Math.min(tokens.size(), i + 3); k++) {
      String w = tokens.get(k).lower();
      if (CHECKING_VERBS.contains(w)) {
        return true;
      }
      if (!CHECKING_FILLERS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** "rejected claims that", "dismissed reports of": disputing a report negates it. */
  private static boolean disputes(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
      if (DISPUTED_THINGS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hedge(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    if (HEDGES.contains(w)) {
      // "could not" is inability, a negation; "may not" stays uncertain
      return !((w.equals("could") || w.equals("can")) && i + 1 < tokens.size() && negator(tokens, i + 1));
    }
    if (!HEDGES_BEFORE_TO.contains(w) || !next(tokens, i, "to")) {
      return false;
    }
    boolean passive = i > 0 && BE.contains(tokens.get(i - 1).lower());
    return passive || !(w.equals("said") || w.equals("believed") || w.equals("thought")); // "is said to"
  }

  private static boolean future(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.lower();
    if (FUTURE_WORDS.contains(w) || w.endsWith("'ll")) {
      boolean name = w.equals("will") && t.capitalized() && i > 0; // "Will Brae"
      boolean noun = w.equals("will") && i > 0 && DETERMINERS.contains(tokens.get(i - 1).lower()); // "the will of the people"
      return !name && !noun;
    }
    if (!FUTURE_BEFORE_TO.contains(w) || !next(tokens, i, "to")) {
      return false;
    }
    if (FUTURE_AFTER_BE.contains(w)) {
      return i > 0 && BE.contains(tokens.get(i - 1).lower());
    }
    return true;
  }

  /** Reads the condition markers at {@code i}: "if" (not "asked if", "as if"), "unless", "as long as". */
  private static void condition(List<Token> tokens, int i, Flags f) {
    String w = tokens.get(i).lower();
    if (w.equals("if")) {
      if (previous(tokens, i, "as")) {
        return; // "as if": a comparison
      }
      if (i > 0 && QUESTION_IF.contains(tokens.get(i - 1).lower())) {
        f.hedged = true; // "asked if", "unclear if": an open question
      } else {
        f.conditional = true; // also "even if"
      }
    } else if (w.equals("unless") || (w.equals("provided") && next(tokens, i, "that"))
        || (w.equals("long") && previous(tokens, i, "as") && next(tokens, i, "as"))
        || (w.equals("condition") && previous(tokens, i, "on"))
        || (w.equals("event") && previous(tokens, i, "the") && i > 1 && tokens.get(i - 2).lower().equals("in"))
        || (w.equals("case") && previous(tokens, i, "in") && !next(tokens, i, "of") && !next(tokens, i, ","))) {
      f.conditional = true;
    }
  }

  private static boolean previous(List<Token> tokens, int i, String word) {
    return i > 0 && tokens.get(i - 1).lower().equals(word);
  }

  private static boolean next(List<Token> tokens, int i, String word) {
    return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals(word);
  }

  /** A question is not an assertion: the sentence ends with "?" (before any closing quote). */
  private static boolean question(List<Token> tokens) {
    for (int k = tokens.size() - 1; k >= 0 && k >= tokens.size() - 3; k--) {
      String w = tokens.get(k).lower();
      if (w.equals("?")) {
        return true;
      }
      if (!w.equals("\"") && !w.equals("'") && !w.equals(")")) {
        return false;
      }
    }
    return false;
  }
}
