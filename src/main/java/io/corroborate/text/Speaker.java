package io.corroborate.text;

/**
 * Who a reporting cue or a quote is attributed to.
 *
 * @param start offset of the speaker phrase as written (for a pronoun, the pronoun itself)
 * @param end offset just after it
 * @param surface the phrase exactly as written: "Ukrainian President Volodymyr Ivanenko", "the DBA", "he"
 * @param name the phrase without determiners and titles, joined to a longer name of the same
 *     document when written as a bare surname ("Volodymyr Ivanenko", "DBA", "US officials"); for a
 *     resolved pronoun, the antecedent's name. Never null or blank.
 * @param resolved true when {@code surface} is a pronoun ("he") or a role description ("the
 *     minister", "the Dorvian leader") whose {@code name} was taken from an antecedent before it
 */
public record Speaker(int start, int end, String surface, String name, boolean resolved) {

  public Speaker {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("speaker name must not be blank");
    }
  }

  /**
   * A key under which spellings of one speaker meet across documents: {@code name} lower-cased,
   * accents dropped, runs of spaces collapsed, and transliteration endings folded
   * ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy" and "Volodymyr Zelensky" → "volodymyr zelensky").
   */
  public String key() {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return DocumentNames.variantKey(plain.trim().replaceAll("\\s+", " "));
  }

  /** A speaker named where it is written (not a resolved pronoun). */
  public Speaker(int start, int end, String surface, String name) {
    this(start, end, surface, name, false);
  }
}
