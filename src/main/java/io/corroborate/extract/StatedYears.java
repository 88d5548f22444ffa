package io.corroborate.extract;

import io.corroborate.text.Mention;
import io.corroborate.text.MentionType;
import java.time.LocalDate;
import java.util.List;

/**
 * The year a sentence ties a claim to: the year of the date mention nearest the claim ("Merah killed seven
 * people in 2012"). Dates the text layer could not place in a year (no year written, no publication date)
 * are not mentions with a value, so they name no year.
 */
final class StatedYears {
  private StatedYears() {}

  /** The year, or 0 when the sentence names none. */
  static int nearest(List<Mention> mentions, int claimToken) {
    int year = 0;
    int distance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.type() != MentionType.DATE || !Double.isFinite(m.quantity().low())) {
        continue;
      }
      int d = Math.abs(m.tokenStart() - claimToken);
      if (d < distance) {
        distance = d;
        year = LocalDate.ofEpochDay((long) Math.floor(m.quantity().low())).getYear();
      }
    }
    return year;
  }
}
