package io.corroborate.text;

import java.util.Arrays;
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
  /** How many words of a relative clause count as its gloss: the verb and its object. */
  private static final int REACH = 5;

  private RelativeClauses() {}

  /** Pairs of document offsets [start, end) of relative clause openings; empty when none. */
  static int[] glosses(List<Word> words) {
    int[] out = new int[0];
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (!w.quoted() && PRONOUNS.contains(w.key()) && antecedent(words.get(i - 1), w)) {
        int end = i;
        while (end + 1 < words.size() && end - i < REACH && !words.get(end + 1).quoted()
            && !words.get(end + 1).is(",")) {
          end++;
        }
        out = Arrays.copyOf(out, out.length + 2);
        out[out.length - 2] = w.start();
        out[out.length - 1] = words.get(end).end();
      }
    }
    return out;
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
