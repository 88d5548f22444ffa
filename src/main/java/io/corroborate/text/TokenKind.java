package io.corroborate.text;

/** Coarse token classes; enough for patterns and normalizers, not a POS tagger. */
public enum TokenKind {
  /** letters, possibly with inner apostrophes, hyphens or dots ("Russia's", "three-month", "U.S."). */
  WORD,
  /** starts with a digit ("11,000", "1.2", "7:22", "45.6C", "3.5bn", "2024"). */
  NUMBER,
  /** punctuation, quotes and dashes. */
  PUNCT,
  /** anything else (currency signs, ©, %, emoji). */
  SYMBOL
}
