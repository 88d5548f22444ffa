package io.corroborate.compile;

/**
 * The phases of one evaluation, as Drools saliences: findings first (they may withdraw claims), then
 * suppression, then per-key summaries with the keys' built-in verdicts, then custom rules' verdicts, and
 * speaker verdicts last (the engine inserts the key facts itself).
 */
final class Salience {
  static final int FINDINGS = 1000;
  static final int SUPPRESS = 900;
  static final int SUMMARIES = 100;
  static final int VERDICTS = 50;
  static final int SPEAKER_VERDICTS = 40;

  private Salience() {}
}
