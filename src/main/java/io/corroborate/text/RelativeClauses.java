package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * The openings of relative clauses in a sentence: "the attacks in Paris that killed 127 people", "the
 * ministry, which has deployed 1,500 troops". In reported speech they are most often the outlet's own
 * description of a thing the speaker names, so a figure in their first words is not the speaker's. A "that"
 * right after the reporting verb or a time word ("said on Saturday that") opens the reported clause instead.
 */
final class RelativeClauses {
  private static final Set<String> PRONOUNS = Set.of("that", "which", "who", "whose");
  /** Words before "that" after which it is a conjunction, not a relative pronoun. */
  private static final Set<String> NOT_ANTECEDENTS = Set.of("and", "but", "or", "so", "now", "also", "then",
      "yesterday", "today", "tonight", "earlier", "later", "week", "month", "year", "morning", "evening",
      "night", "afternoon", "such", "given", "fact", "not");
  /** Words that may stand between a relative clause's verb and its figure: "that killed at least 127". */
  private static final Set<String> HEDGES = Set.of("at", "least", "most", "about", "some", "nearly", "almost",
      "roughly", "around", "over", "more", "than", "up", "to", "an", "estimated");

  private RelativeClauses() {}

  /**
   * Pairs of document offsets [start, end): a relative pronoun, its verb (with an auxiliary) and the figure
   * right after it ("that killed 127", "which has deployed about 1,500"). Only such clauses: where a clause
   * ends is not known without a parse, and "residents who fled numbered 300" is the speaker's 300.
   */
  static int[] glosses(List<Word> words) {
    java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (!w.quoted() && PRONOUNS.contains(w.key()) && antecedent(words.get(i - 1), w)) {
        int figure = figureAfterVerb(words, i + 1);
        if (figure > 0) {
          out.add(w.start()).add(words.get(figure).end());
        }
      }
    }
    return out.build().toArray();
  }

  /** The index of the figure after one verb (an auxiliary and hedges allowed), or -1. */
  private static int figureAfterVerb(List<Word> words, int from) {
    int verbs = 0;
    for (int k = from; k < words.size(); k++) {
      Word w = words.get(k);
      if (w.quoted()) {
        return -1;
      }
      if (w.kind() == TokenKind.NUMBER || NumberWords.small(w.key()) != null) {
        return verbs == 1 ? k : -1;
      }
      if (!w.isWord() || !(ReportingLexicon.auxiliary(w) || ReportingLexicon.beForm(w) || HEDGES.contains(w.key()))
          && ++verbs > 1) {
        return -1;
      }
    }
    return -1;
  }

  /** True when the word before can be what the relative pronoun stands for (a noun, a name, a comma). */
  private static boolean antecedent(Word before, Word pronoun) {
    if (before.is(",")) {
      return !pronoun.is("that"); // ", that" opens no relative clause in news English
    }
    return before.isWord() && !ReportingLexicon.verb(before) && !PhraseWords.DAYS.contains(before.key())
        && !NOT_ANTECEDENTS.contains(before.key()) && !ReportingLexicon.auxiliary(before);
  }
}
