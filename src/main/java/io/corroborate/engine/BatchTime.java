package io.corroborate.engine;

/**
 * The year and month a batch of news is about ({@link BatchYear}, {@link BatchMonth}), against which
 * {@link DistinctFigures#era} sets figures of other times apart.
 *
 * @param year the year, or 0 when unknown
 * @param month the month of that year (1–12), or 0 when unknown
 */
record BatchTime(int year, int month) {
  static final BatchTime UNKNOWN = new BatchTime(0, 0);
}
