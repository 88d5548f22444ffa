package io.corroborate.text;

/** Kinds of typed span the text layer recognizes. */
public enum MentionType {
  /** a bare number, possibly hedged ("11,000", "Eleven thousand", "at least 30"). */
  NUMBER,
  /** a number with a unit or a counted noun phrase's number, possibly hedged. */
  QUANTITY,
  /** a run of capitalized words: candidate person, organization or place. */
  NAME,
  /**
   * a calendar date or span of days ("Nov. 7, 2024", "last week", "this summer"); the quantity is
   * an interval of epoch days (dimension {@link Dimension#DATE}, unit "date").
   */
  DATE,
  /**
   * a time of day ("7:22 a.m.", "noon", "around 7 p.m."); the quantity is in minutes after
   * midnight (dimension {@link Dimension#TIME}, unit "time").
   */
  TIME
}
