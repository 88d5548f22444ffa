package io.corroborate.text;

import java.util.List;

/**
 * "in a statement" as a cue: "The ministry, in a statement, called…", "In a statement released on
 * Thursday, the army rejected…". The speaker is the phrase just before it, or the subject after the
 * comma that closes a sentence-initial "In a statement…"; after a reporting verb ("said in a
 * statement") the verb's own cue names the speaker, so this cue names none.
 */
final class Statements {
  private static final int MAX_INTRO_WORDS = 8;

  private Statements() {}

  /** The cue for "in … statement" at {@code [in, after)}. */
  static CueFinder.Cue cue(List<Word> words, int in, int after) {
    int j = in - 1;
    if (j >= 0 && words.get(j).is(",")) {
      j--;
    }
    if (j >= 0 && !words.get(j).quoted() && PhraseWords.head(words.get(j))) {
      NounPhrases.Span span = NounPhrases.left(words, j);
      return new CueFinder.Cue(span.from(), after, span.from(), span.to(), false);
    }
    if (in == 0 || (in == 1 && words.get(0).quoted())) {
      for (int k = after; k < Math.min(words.size() - 1, after + MAX_INTRO_WORDS); k++) {
        if (words.get(k).quoted()) {
          break;
        }
        if (words.get(k).is(",")) {
          CueFinder.Cue cue = CueFinder.speakerAfter(words, in, k + 1);
          if (cue != null) {
            return cue;
          }
          break;
        }
      }
    }
    return new CueFinder.Cue(in, after, -1, -1, false);
  }
}
