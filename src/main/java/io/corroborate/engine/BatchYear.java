package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.text.WrittenYear;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The year a batch of news is about, against which a figure tied to another year ("Merah killed seven people
 * in 2012") is background. Publication dates say it when documents have them (the latest); otherwise it is
 * the latest year that at least two documents write (one document when the batch has only one). Stories
 * rarely write their own year and often write earlier ones (a 2015 cluster names 2014 in twice as many
 * articles as 2015), so the most frequent year would be wrong; the latest year written by one document
 * alone may be a plan or a forecast, and so is a year after "by", "until" or "to" ("cut emissions by 2030").
 * A forecast year written by two documents in other words ("a plan for 2030") still counts: a known limit.
 */
final class BatchYear {

  private final Map<Integer, Integer> documentsNaming = new HashMap<>();
  private int documents;
  private int latestPublished;

  void add(Document document) {
    documents++;
    latestPublished = Math.max(latestPublished, publishedYear(document.published()));
    for (int year : yearsWritten(document.text())) {
      documentsNaming.merge(year, 1, Integer::sum);
    }
  }

  /** The batch's year, or 0 when no document writes or carries one. */
  int year() {
    if (latestPublished != 0) {
      return latestPublished;
    }
    int needed = documents == 1 ? 1 : 2;
    int latest = 0;
    for (Map.Entry<Integer, Integer> e : documentsNaming.entrySet()) {
      if (e.getValue() >= needed) {
        latest = Math.max(latest, e.getKey());
      }
    }
    return latest;
  }

  /** Four-digit numbers standing alone that can be years: "in 2012", "the 2004 bombings", not "2,004" or "12004". */
  static Set<Integer> yearsWritten(String text) {
    Set<Integer> years = new HashSet<>();
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      int year = WrittenYear.at(text, i);
      if (year != 0 && apart(text, i - 1, -1) && apart(text, i + 4, 1)
          && !io.corroborate.text.WrittenMonth.TARGET_WORDS.contains(previousWord(text, i))) {
        years.add(year);
      }
    }
    return years;
  }

  /** The lower-case word before {@code at}, skipping spaces; empty at the start or after punctuation. */
  private static String previousWord(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** True when the character at {@code at} ends the number: "2,004", "12004" and "2004.5" are no years. */
  private static boolean apart(String text, int at, int step) {
    if (at < 0 || at >= text.length()) {
      return true;
    }
    char ch = text.charAt(at);
    if (Character.isLetterOrDigit(ch)) {
      return false;
    }
    int beyond = at + step;
    boolean separator = ch == ',' || ch == '.';
    return !separator || beyond < 0 || beyond >= text.length() || !Character.isDigit(text.charAt(beyond));
  }

  private static int publishedYear(String published) {
    return published == null ? 0 : WrittenYear.at(published, 0);
  }
}
