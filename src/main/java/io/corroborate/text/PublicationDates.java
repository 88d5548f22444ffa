package io.corroborate.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a document's publication date as given in the input: ISO dates, or ISO date-times. */
public final class PublicationDates {
  private PublicationDates() {}

  /** The date, or null when absent or not an ISO date (relative dates then stay unresolved). */
  public static LocalDate parse(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
