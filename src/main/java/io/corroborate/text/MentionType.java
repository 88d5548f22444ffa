package io.corroborate.text;

/** Kinds of typed span the text layer recognizes. */
public enum MentionType {
  /** a bare number, possibly hedged ("11,000", "Eleven thousand", "at least 30"). */
  NUMBER,
  /** a number with a unit or a counted noun phrase's number, possibly hedged. */
  QUANTITY,
  /** a run of capitalized words: candidate person, organization or place. */
  NAME
}
