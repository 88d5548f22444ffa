package io.corroborate.extract;

import io.corroborate.text.Token;
import io.corroborate.text.WrittenMonth;
import java.util.List;

/**
 * The month a sentence ties a claim to: the month name nearest the claim ("In January, gunmen killed 12
 * people"), as {@link WrittenMonth} reads it. Months only: "last month" or "on Friday" say a time relative to
 * a publication date, which a batch often lacks, and a story published the month after its event calls the
 * event's own month "last month", so they name no month here.
 */
final class StatedMonths {
  private StatedMonths() {}

  /** The month (1–12), or 0 when the sentence writes none. */
  static int nearest(List<Token> tokens, int claimToken) {
    int month = 0;
    int distance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      int written = WrittenMonth.at(tokens, i);
      int d = Math.abs(i - claimToken);
      if (written != 0 && d < distance) {
        distance = d;
        month = written;
      }
    }
    return month;
  }
}
