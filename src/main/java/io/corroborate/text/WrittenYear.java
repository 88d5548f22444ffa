package io.corroborate.text;

/**
 * Four digits that can be a year a news story writes: 1800 to 2199. Shared by the readers of years outside
 * date mentions (a claim's "the 2004 bombings", a batch's years), so they agree on what a year is.
 */
public final class WrittenYear {
  private static final int EARLIEST = 1800;
  private static final int LATEST = 2199;

  private WrittenYear() {}

  /** The year written by the four characters at {@code from}, or 0 when they are not one. */
  public static int at(CharSequence text, int from) {
    if (from < 0 || from + 4 > text.length()) {
      return 0;
    }
    int year = 0;
    for (int k = from; k < from + 4; k++) {
      char ch = text.charAt(k);
      if (ch < '0' || ch > '9') {
        return 0;
      }
      year = year * 10 + (ch - '0');
    }
    return year >= EARLIEST && year <= LATEST ? year : 0;
  }
}
