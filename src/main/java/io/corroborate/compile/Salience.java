package io.corroborate.compile;

/**
 * The phases of one evaluation, as Drools saliences: findings first (they may withdraw claims), then
 * suppression, then key bookkeeping, per-key summaries, and verdicts last.
 */
final class Salience {
  static final int FINDINGS = 1000;
  static final int SUPPRESS = 900;
  static final int KEYS = 200;
  static final int SUMMARIES = 100;
  static final int VERDICTS = 50;
  static final int SPEAKER_VERDICTS = 40;

  private Salience() {}
}
