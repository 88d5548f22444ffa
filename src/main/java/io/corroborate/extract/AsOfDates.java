package io.corroborate.extract;

import io.corroborate.text.Mention;
import io.corroborate.text.MentionType;
import io.corroborate.text.PublicationDates;
import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The day a claim speaks of, for telling an update from a contradiction: a date the sentence ties the
 * claim to ("as of Monday", "by Friday", "said last month", "On Thursday, …"), else the publication date.
 * A span of days counts by its last day: "last month" is as of the month's end.
 */
final class AsOfDates {
  /** Words that tie the date after them to the claim; "as of" is checked as a pair. */
  private static final Set<String> ANCHORS = Set.of("by", "on", "through", "until", "till");
  private static final Set<String> REPORTING = Set.of("said", "says", "told", "reported", "announced",
      "confirmed", "added", "stated", "estimated", "claimed");

  private AsOfDates() {}

  /** ISO date, or null when neither the sentence nor the document says. */
  static String of(Sentence sentence, List<Mention> mentions, String published) {
    return of(sentence, mentions, publicationDay(published));
  }

  /**
   * As {@link #of(Sentence, List, String)}, with the document's publication date already read by
   * {@link #publicationDay} (once per document, not once per claim).
   */
  static String of(Sentence sentence, List<Mention> mentions, PublicationDay published) {
    List<Token> tokens = sentence.tokens();
    for (Mention m : mentions) {
      if (m.type() == MentionType.DATE && anchored(tokens, m.tokenStart())) {
        return LocalDate.ofEpochDay((long) Math.floor(m.quantity().high())).toString();
      }
    }
    return published.iso();
  }

  /** A document's publication date as ISO text, null when it has none or it is not an ISO date. */
  record PublicationDay(String iso) {}

  static PublicationDay publicationDay(String published) {
    LocalDate day = PublicationDates.parse(published);
    return new PublicationDay(day == null ? null : day.toString());
  }

  /** A date opening the sentence, after "as of", "by", "on"..., or right after a reporting verb. */
  private static boolean anchored(List<Token> tokens, int start) {
    if (start == 0) {
      return true;
    }
    String before = tokens.get(start - 1).lower();
    boolean asOf = before.equals("of") && start >= 2 && tokens.get(start - 2).lower().equals("as");
    return asOf || ANCHORS.contains(before) || REPORTING.contains(before);
  }
}
