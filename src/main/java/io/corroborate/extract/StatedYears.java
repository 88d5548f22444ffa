package io.corroborate.extract;

import io.corroborate.text.Mention;
import io.corroborate.text.MentionType;
import io.corroborate.text.Token;
import io.corroborate.text.WrittenYear;
import java.time.LocalDate;
import java.util.List;

/**
 * The year a sentence ties a claim to: the year of the date mention nearest the claim ("Merah killed seven
 * people in 2012"). Dates the text layer could not place in a year (no year written, no publication date)
 * are not mentions with a value, so they name no year. A year that modifies a noun ("the 2004 train bombings")
 * is not a date mention and counts too: a four-digit number from 1800 to 2199 written without a comma.
 */
final class StatedYears {
  private StatedYears() {}

  /** The year, or 0 when the sentence names none. */
  static int nearest(List<Token> tokens, List<Mention> mentions, int claimToken) {
    int year = 0;
    int distance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      int written = writtenYear(tokens.get(i).text());
      int d = Math.abs(i - claimToken);
      if (written != 0 && d < distance && !counted(mentions, i)) {
        distance = d;
        year = written;
      }
    }
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

  private static int writtenYear(String token) {
    return token.length() == 4 ? WrittenYear.at(token, 0) : 0;
  }

  /** True when the token is a figure the text layer read as a quantity ("1500 troops"), not a year. */
  private static boolean counted(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.type() == MentionType.QUANTITY && m.tokenStart() <= token && token < m.tokenEnd()) {
        return true;
      }
    }
    return false;
  }
}
