package io.corroborate.check;

import java.util.Locale;

/** The one normalization of lexicon phrases, shared by checking and matching. */
public final class Phrases {
  private Phrases() {}

  /** Lower case, typographic apostrophes folded, inner whitespace collapsed. */
  public static String normalize(String phrase) {
    return phrase.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
        .replaceAll("\\s+", " ");
  }
}
