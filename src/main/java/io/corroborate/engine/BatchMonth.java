package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Mention;
import io.corroborate.text.MentionType;
import io.corroborate.text.PublicationDates;
import io.corroborate.text.Sentence;
import io.corroborate.text.WrittenMonth;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The month of the batch's year that a batch of news is about, against which a figure tied to another month
 * ("In January, gunmen killed 12 people" in stories of a November attack) is background. Publication dates say
 * it when documents have them: the month of the batch year most documents were published in (a late follow-up
 * does not move it). Otherwise it is the month most documents write with a day ("on 13 November", "Nov.
 * 13"), written by at least two documents (one when the batch has only one), ties the latest: stories date
 * their event to the day, while earlier events are recalled by month ("the attacks in January", written by
 * more documents than the event's own date in the Paris cluster) and coming ones too ("a summit in
 * December"). A month written with another year than the batch's, and a deadline ("by 13 December"), does
 * not count. Unknown (0) when nothing qualifies.
 *
 * <p>The same scan gives the batch's event day ({@link #day}): the date most documents write in full.
 */
final class BatchMonth {
  private final Map<Integer, Integer> published = new HashMap<>(); // year-month code → documents
  private final Map<Integer, Integer> undated = new HashMap<>(); // month → documents writing it with no year
  private final Map<Integer, Integer> dated = new HashMap<>(); // year-month code → documents, none without a year
  private final Map<Integer, Integer> undatedDays = new HashMap<>(); // month-day code → documents, no year
  private final Map<Integer, Integer> datedDays = new HashMap<>(); // year-month-day code → documents
  private int documents;

  /** @param written the document's {@link #written} days */
  void add(Document document, Set<Integer> written) {
    documents++;
    LocalDate date = PublicationDates.parse(document.published());
    if (date != null) {
      published.merge(code(date.getYear(), date.getMonthValue()), 1, Integer::sum);
    }
    Set<Integer> months = new HashSet<>();
    written.forEach(day -> months.add(day / 100));
    count(months, 100, undated, dated);
    count(written, 10_000, undatedDays, datedDays);
  }

  /**
   * Counts each code once per document: without a year when it has none ({@code code < withYear}), else with
   * its year unless the document also writes it without one (the year is then that other mention's).
   */
  private static void count(Set<Integer> codes, int withYear, Map<Integer, Integer> undated,
      Map<Integer, Integer> dated) {
    for (int code : codes) {
      if (code < withYear) {
        undated.merge(code, 1, Integer::sum);
      } else if (!codes.contains(code % withYear)) {
        dated.merge(code, 1, Integer::sum);
      }
    }
  }

  /**
   * The batch's event day: the day of its month ({@code month} of {@code year}) most documents write, with
   * that year or none, by at least two documents, ties the earliest (a story dates its event, and its
   * follow-ups come after it). A day of another month does not count, though it may be written more often
   * (in the Paris cluster, a migrant's registration on 3 October nearly as often as the attacks' 13 November):
   * the month is read over all the batch's dated days. Null when the year or month is unknown or no day
   * qualifies; a deadline does not count.
   */
  LocalDate day(int year, int month) {
    if (year == 0 || month == 0) {
      return null;
    }
    LocalDate best = null;
    int bestCount = 1;
    for (LocalDate day = LocalDate.of(year, month, 1); day.getMonthValue() == month; day = day.plusDays(1)) {
      int monthDay = month * 100 + day.getDayOfMonth();
      int count = undatedDays.getOrDefault(monthDay, 0) + datedDays.getOrDefault(year * 10_000 + monthDay, 0);
      if (count > bestCount) {
        best = day;
        bestCount = count;
      }
    }
    return best;
  }

  /** The batch's month (1–12) in {@code year}, the batch's year (0 when unknown), or 0 when unknown. */
  int month(int year) {
    if (!published.isEmpty()) {
      return mostDocuments(m -> published.getOrDefault(code(year, m), 0), 1);
    }
    return mostDocuments(m -> undated.getOrDefault(m, 0) + (year == 0 ? 0 : dated.getOrDefault(code(year, m), 0)),
        documents == 1 ? 1 : 2);
  }

  private static int mostDocuments(java.util.function.IntUnaryOperator documentsOf, int needed) {
    int best = 0;
    int bestCount = needed - 1;
    for (int m = 1; m <= 12; m++) {
      int count = documentsOf.applyAsInt(m);
      if (count >= bestCount && count >= needed) {
        best = m;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * The days a document writes with their month, as codes: (year × 100 + month) × 100 + day, the year 0 when
   * none is written with it ("on 13 November" → 1113, "13 November 2015" → 20151113). Deadlines are left out.
   */
  static Set<Integer> written(AnalyzedText text) {
    Set<Integer> codes = new HashSet<>();
    for (Sentence s : text.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        int month = WrittenMonth.at(s.tokens(), i);
        if (month != 0 && WrittenMonth.withDay(s.tokens(), i) && !WrittenMonth.deadline(s.tokens(), i)) {
          // mentions are found lazily per sentence: only sentences that date a month pay for them
          codes.add(code(yearOf(text.mentions(s.index()), i), month) * 100 + WrittenMonth.day(s.tokens(), i));
        }
      }
    }
    return codes;
  }

  /** The year of the date mention over token {@code i}: written, or placed by a publication date; else 0. */
  private static int yearOf(List<Mention> mentions, int i) {
    for (Mention m : mentions) {
      if (m.type() == MentionType.DATE && m.tokenStart() <= i && i < m.tokenEnd()
          && Double.isFinite(m.quantity().low())) {
        return LocalDate.ofEpochDay((long) Math.floor(m.quantity().low())).getYear();
      }
    }
    return 0;
  }

  private static int code(int year, int month) {
    return year * 100 + month;
  }
}
