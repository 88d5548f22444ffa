package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates and times in invented sentences. Publication dates used: 2024-11-07 (a Thursday),
 * 2024-11-04 (a Monday), 2024-11-10 (a Sunday), 2024-10-01 (the 1st of a month, a Tuesday),
 * 2024-12-30 (Monday of New Year's week), 2025-01-02 (Thursday of New Year's week), and "none"
 * (unknown publication date: only absolute expressions).
 */
class DateRecognizerTest {
  private final DateRecognizer dates = new DateRecognizer();
  private final QuantityRecognizer numbers = new QuantityRecognizer();

  /** Expected mentions as "covered text = ISO value qualifier", joined by " ; "; `` for none. */
  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      # absolute expressions need no publication date
      none       | The ruling came on 2024-11-07 after a long wait.     | 2024-11-07 = 2024-11-07 exact
      none       | Filings dated 2023-02-29 were rejected.              | ``
      none       | The storm struck on November 7, 2024, at dawn.       | November 7, 2024 = 2024-11-07 exact
      none       | The council met on 7 November 2024 to vote.          | 7 November 2024 = 2024-11-07 exact
      none       | Ballots were counted Nov. 7, 2024.                   | Nov. 7, 2024 = 2024-11-07 exact
      none       | The dam was finished on 3 March 1998.                | 3 March 1998 = 1998-03-03 exact
      none       | The 5th of May 2021 was chosen.                      | 5th of May 2021 = 2021-05-05 exact
      none       | Thursday, Nov. 7, 2024 was cold.                     | Thursday, Nov. 7, 2024 = 2024-11-07 exact
      none       | The park closed in June 2024 for works.              | June 2024 = 2024-06-01..2024-06-30 exact
      none       | The factory opened in 2019.                          | 2019 = 2019-01-01..2019-12-31 exact
      none       | Prices have risen since 2021.                        | 2021 = 2021-01-01..2021-12-31 exact
      none       | The town grew between 2015 and 2020.                 | 2015 = 2015-01-01..2015-12-31 exact ; 2020 = 2020-01-01..2020-12-31 exact
      none       | The report covered the summer of 2023.               | summer of 2023 = 2023-06-01..2023-08-31 approximately
      none       | Sales dipped in the 1990s.                           | 1990s = 1990-01-01..1999-12-31 exact
      none       | The plan slipped to mid-2026.                        | mid-2026 = 2026-05-01..2026-08-31 approximately
      none       | Work stopped in early 2022.                          | early 2022 = 2022-01-01..2022-04-30 approximately
      none       | The siren sounded at 7:22 a.m.                       | 7:22 a.m. = 07:22 exact
      # relative expressions need one
      none       | The bridge reopened on Nov. 7 after repairs.         | ``
      none       | The ferry sailed on Thursday.                        | ``
      none       | The mayor resigned yesterday.                        | ``
      none       | Voting in June was slow.                             | ``
      none       | This summer was hot.                                 | ``
      none       | Talks stalled last week.                             | ``
      none       | Sales slumped last month.                            | ``
      none       | Storms hit over the weekend.                         | ``
      none       | Rents jumped last June.                              | ``
      none       | It was sunny on Nov. 7 last year.                    | ``
      none       | The levy passed in March last year.                  | ``
      none       | Polls close at 7 p.m. tonight.                       | 7 p.m. = 19:00 exact
      # month and day, year from the publication date (ten months back to one ahead)
      2024-11-07 | The bridge reopened on Nov. 7 after repairs.         | Nov. 7 = 2024-11-07 exact
      2024-11-07 | The count ended Nov 5.                               | Nov 5 = 2024-11-05 exact
      2024-11-07 | Talks resumed on 12 March.                           | 12 March = 2024-03-12 exact
      2024-11-07 | The strike began Sept. 30.                           | Sept. 30 = 2024-09-30 exact
      2024-11-07 | A hearing is set for Dec. 12.                        | Dec. 12 = 2024-12-12 exact
      2024-11-07 | The fire started Jan. 15.                            | Jan. 15 = 2024-01-15 exact
      2025-01-02 | The fire started Dec. 28.                            | Dec. 28 = 2024-12-28 exact
      2024-12-30 | Results are due Jan. 3.                              | Jan. 3 = 2025-01-03 exact
      2025-01-02 | Flights resumed on Feb. 4.                           | Feb. 4 = 2025-02-04 exact
      2024-11-07 | The crash happened on the 3rd of October.            | 3rd of October = 2024-10-03 exact
      2024-11-07 | Rain fell on November 5th across the region.         | November 5th = 2024-11-05 exact
      2024-11-07 | The festival ran June 3-5 in the capital.            | June 3-5 = 2024-06-03..2024-06-05 exact
      2024-11-07 | The fair ran 3-5 November downtown.                  | 3-5 November = 2024-11-03..2024-11-05 exact
      2024-11-07 | It was sunny on Nov. 7 last year.                    | Nov. 7 last year = 2023-11-07 exact
      2024-11-07 | The bid was filed on Feb. 30.                        | ``
      2024-11-07 | Crews worked through Thu., Nov. 7.                   | Thu., Nov. 7 = 2024-11-07 exact
      2024-11-07 | Police said Nov. 7 2024 was calm.                    | Nov. 7 = 2024-11-07 exact
      2024-11-07 | Shops reopened on Monday, Oct. 14.                   | Monday, Oct. 14 = 2024-10-14 exact
      2024-11-07 | The inquiry opened on Friday 4 October 2024.         | Friday 4 October 2024 = 2024-10-04 exact
      2024-11-07 | Ships left on July 4th, 2023, at dawn.               | July 4th, 2023 = 2023-07-04 exact
      2024-11-07 | The storm hit on May 5.                              | May 5 = 2024-05-05 exact
      2024-11-07 | On Nov. 7, 2024, 30 shells hit 2 towns.              | Nov. 7, 2024 = 2024-11-07 exact
      2024-11-07 | Aug. 29 was the deadline.                            | Aug. 29 = 2024-08-29 exact
      # a month alone
      2024-11-07 | Sales fell in June.                                  | June = 2024-06-01..2024-06-30 exact
      2024-11-07 | Prices have climbed since August.                    | August = 2024-08-01..2024-08-31 exact
      2024-11-07 | The vote is expected in December.                    | December = 2024-12-01..2024-12-31 exact
      2024-11-07 | Orders slowed in January.                            | January = 2024-01-01..2024-01-31 exact
      2025-01-02 | The audit began in March.                            | March = 2024-03-01..2024-03-31 exact
      2025-01-02 | Prices eased in December.                            | December = 2024-12-01..2024-12-31 exact
      2024-10-01 | Trading resumes in November.                         | November = 2024-11-01..2024-11-30 exact
      2024-11-07 | Exports rose in May.                                 | May = 2024-05-01..2024-05-31 exact
      2024-11-07 | By May, the reservoir was dry.                       | May = 2024-05-01..2024-05-31 exact
      2024-11-07 | The deal was signed by March.                        | March = 2024-03-01..2024-03-31 exact
      2024-11-07 | Sales rose in June and July.                         | June = 2024-06-01..2024-06-30 exact ; July = 2024-07-01..2024-07-31 exact
      2024-11-07 | Between June and August, 300 homes flooded.          | June = 2024-06-01..2024-06-30 exact ; August = 2024-08-01..2024-08-31 exact
      2024-11-07 | The last week of June was hot.                       | June = 2024-06-01..2024-06-30 exact
      2024-11-07 | Work starts in early June.                           | early June = 2024-06-01..2024-06-10 approximately
      2024-11-07 | The cut came in mid-September.                       | mid-September = 2024-09-11..2024-09-20 approximately
      2024-11-07 | Talks collapsed in late February 2023.               | late February 2023 = 2023-02-21..2023-02-28 approximately
      2024-11-07 | Rents jumped last June.                              | last June = 2024-06-01..2024-06-30 exact
      2024-11-07 | Rents jumped last December.                          | last December = 2023-12-01..2023-12-31 exact
      2024-11-07 | Rents will rise next March.                          | next March = 2025-03-01..2025-03-31 exact
      2024-11-07 | The levy passed in March last year.                  | March last year = 2023-03-01..2023-03-31 exact
      2024-11-07 | The depot opened in April of 2022.                   | April of 2022 = 2022-04-01..2022-04-30 exact
      # not months
      2024-11-07 | The plan may fail.                                   | ``
      2024-11-07 | May God keep them safe.                              | ``
      2024-11-07 | Protesters March on the capital every year.          | ``
      2024-11-07 | June Carter sang in the hall.                        | ``
      2024-11-07 | The mayor met Theresa May in London.                 | ``
      2024-11-07 | The Women's March drew crowds.                       | ``
      2024-11-07 | The chef served an august dinner.                    | ``
      # years
      2024-11-07 | The law took effect in 2023.                         | 2023 = 2023-01-01..2023-12-31 exact
      2024-11-07 | The fleet will be replaced by 2030.                  | 2030 = 2030-01-01..2030-12-31 exact
      2024-11-07 | The mine ran from 1950 to 1975.                      | 1950 = 1950-01-01..1950-12-31 exact ; 1975 = 1975-01-01..1975-12-31 exact
      2024-11-07 | Output fell in late 2023.                            | late 2023 = 2023-09-01..2023-12-31 approximately
      2024-11-07 | Fares doubled in the early 2000s.                    | early 2000s = 2000-01-01..2003-12-31 approximately
      2024-11-07 | Growth was weak during the spring of 2022.           | spring of 2022 = 2022-03-01..2022-05-31 approximately
      2024-11-07 | Turnout peaked in fall 2020.                         | fall 2020 = 2020-09-01..2020-11-30 approximately
      2024-11-07 | In 2023, 4,000 homes were built.                     | 2023 = 2023-01-01..2023-12-31 exact
      2024-11-07 | The 2024 budget cut jobs.                            | ``
      2024-11-07 | A decade passed from 1850 to 1860.                   | ``
      2024-11-07 | The vote was split 2018-2020.                        | ``
      # weekdays: the most recent one on or before publication; "last" strictly before
      2024-11-07 | The ferry sailed on Thursday.                        | Thursday = 2024-11-07 exact
      2024-11-07 | The ferry sailed last Thursday.                      | last Thursday = 2024-10-31 exact
      2024-11-07 | The ferry sailed on Monday.                          | Monday = 2024-11-04 exact
      2024-11-07 | The ferry sailed on Friday.                          | Friday = 2024-11-01 exact
      2024-11-07 | The ferry sailed last Friday.                        | last Friday = 2024-11-01 exact
      2024-11-07 | Crews worked Thursday and Friday.                    | Thursday = 2024-11-07 exact ; Friday = 2024-11-01 exact
      2024-11-04 | The ferry sailed on Thursday.                        | Thursday = 2024-10-31 exact
      2024-11-04 | The ferry sailed on Monday.                          | Monday = 2024-11-04 exact
      2024-11-04 | The ferry sailed last Monday.                        | last Monday = 2024-10-28 exact
      2024-11-04 | The ferry sails next Monday.                         | next Monday = 2024-11-11 exact
      2024-11-04 | The ferry sails this Friday.                         | this Friday = 2024-11-08 exact
      2024-11-10 | The ferry sailed on Saturday.                        | Saturday = 2024-11-09 exact
      2024-11-10 | Sunday's vote was close.                             | Sunday's = 2024-11-10 exact
      2024-11-10 | Fans queued early Saturday.                          | early Saturday = 2024-11-09 exact
      2024-10-01 | The shelter opened on Wednesday.                     | Wednesday = 2024-09-25 exact
      2025-01-02 | Markets shut on Tuesday.                             | Tuesday = 2024-12-31 exact
      2025-01-02 | Fireworks lit the sky on Wednesday night.            | Wednesday night = 2025-01-01 exact
      2024-11-07 | The crowd gathered on Sat. near the port.            | Sat. = 2024-11-02 exact
      2024-11-07 | The Sunday Times ran the story.                      | ``
      2024-11-07 | Stores cut prices on Black Friday.                   | ``
      2024-11-07 | The result came on Super Tuesday.                    | ``
      2024-11-07 | The last Thursday of the month is busy.              | ``
      2024-11-07 | The Sun said little.                                 | ``
      # days
      2024-11-07 | The mayor resigned yesterday.                        | yesterday = 2024-11-06 exact
      2024-11-07 | Today the port reopened.                             | Today = 2024-11-07 exact
      2024-11-07 | Yesterday's rally was peaceful.                      | Yesterday's = 2024-11-06 exact
      2024-11-07 | The column ran in USA Today.                         | ``
      2024-11-07 | Voting ends tomorrow.                                | tomorrow = 2024-11-08 exact
      2024-11-07 | Sirens sounded last night.                           | last night = 2024-11-06 exact
      2024-11-07 | The council met this morning.                        | this morning = 2024-11-07 exact
      2024-10-01 | The bank cut rates yesterday.                        | yesterday = 2024-09-30 exact
      2025-01-02 | The tunnel closed yesterday.                         | yesterday = 2025-01-01 exact
      # weeks (Monday to Sunday)
      2024-11-07 | Talks stalled last week.                             | last week = 2024-10-28..2024-11-03 exact
      2024-11-07 | Talks stalled early last week.                       | early last week = 2024-10-28..2024-10-30 approximately
      2024-11-07 | Talks stalled late last week.                        | late last week = 2024-10-31..2024-11-03 approximately
      2024-11-07 | Talks resume this week.                              | this week = 2024-11-04..2024-11-10 exact
      2024-11-07 | Talks resume next week.                              | next week = 2024-11-11..2024-11-17 exact
      2024-11-04 | Talks stalled last week.                             | last week = 2024-10-28..2024-11-03 exact
      2024-11-10 | Talks stalled last week.                             | last week = 2024-10-28..2024-11-03 exact
      2025-01-02 | Talks stalled last week.                             | last week = 2024-12-23..2024-12-29 exact
      2024-12-30 | Talks resume next week.                              | next week = 2025-01-06..2025-01-12 exact
      2024-10-01 | Talks stalled early last week.                       | early last week = 2024-09-23..2024-09-25 approximately
      2024-11-07 | Police made arrests earlier this week.               | earlier this week = 2024-11-04..2024-11-06 approximately
      2024-11-04 | Police made arrests earlier this week.               | earlier this week = 2024-11-04 approximately
      2024-11-07 | Arrests rose over the past week.                     | the past week = 2024-10-31..2024-11-06 approximately
      2024-11-07 | Last week's storm cost millions.                     | Last week's = 2024-10-28..2024-11-03 exact
      # months
      2024-11-07 | Sales slumped last month.                            | last month = 2024-10-01..2024-10-31 exact
      2024-11-07 | Sales recovered this month.                          | this month = 2024-11-01..2024-11-30 exact
      2024-11-07 | Sales recovered earlier this month.                  | earlier this month = 2024-11-01..2024-11-06 approximately
      2024-10-01 | Sales recovered earlier this month.                  | earlier this month = 2024-10-01 approximately
      2024-10-01 | Sales slumped last month.                            | last month = 2024-09-01..2024-09-30 exact
      2025-01-02 | Sales slumped last month.                            | last month = 2024-12-01..2024-12-31 exact
      2024-11-07 | A review is due late next month.                     | late next month = 2024-12-21..2024-12-31 approximately
      2024-11-07 | Later this month the port reopens.                   | Later this month = 2024-11-08..2024-11-30 approximately
      # years
      2024-11-07 | Output fell last year.                               | last year = 2023-01-01..2023-12-31 exact
      2025-01-02 | Output fell last year.                               | last year = 2024-01-01..2024-12-31 exact
      2024-11-07 | Output grew this year.                               | this year = 2024-01-01..2024-12-31 exact
      2024-11-07 | Output grew earlier this year.                       | earlier this year = 2024-01-01..2024-11-06 approximately
      2024-11-07 | A vote is planned for early next year.               | early next year = 2025-01-01..2025-04-30 approximately
      2024-11-07 | Exports fell over the past year.                     | the past year = 2023-11-07..2024-11-06 approximately
      2024-11-07 | It was the last year of his term.                    | ``
      2024-11-07 | Prices could fall this year.                         | this year = 2024-01-01..2024-12-31 exact
      # seasons (meteorological)
      2024-11-07 | Fires spread this summer.                            | this summer = 2024-06-01..2024-08-31 approximately
      2024-11-07 | Fires spread last summer.                            | last summer = 2023-06-01..2023-08-31 approximately
      2024-11-07 | Repairs start next spring.                           | next spring = 2025-03-01..2025-05-31 approximately
      2024-11-07 | Snow fell last winter.                               | last winter = 2023-12-01..2024-02-29 approximately
      2025-01-02 | Snow has fallen this winter.                         | this winter = 2024-12-01..2025-02-28 approximately
      2024-11-07 | Leaves turned this fall.                             | this fall = 2024-09-01..2024-11-30 approximately
      # weekends
      2024-11-04 | Storms hit over the weekend.                         | the weekend = 2024-11-02..2024-11-03 exact
      2024-11-10 | Storms hit over the weekend.                         | the weekend = 2024-11-09..2024-11-10 exact
      2024-11-10 | Storms hit last weekend.                             | last weekend = 2024-11-02..2024-11-03 exact
      2024-11-07 | Storms hit last weekend.                             | last weekend = 2024-11-02..2024-11-03 exact
      2024-11-07 | Crowds are expected this weekend.                    | this weekend = 2024-11-09..2024-11-10 exact
      2025-01-02 | Crowds gathered over the weekend.                    | the weekend = 2024-12-28..2024-12-29 exact
      2024-11-07 | Shops were busy this past weekend.                   | this past weekend = 2024-11-02..2024-11-03 exact
      2024-11-07 | Anglers met at the weekend.                          | the weekend = 2024-11-02..2024-11-03 exact
      # times of day
      none       | The train left at 19:30.                             | 19:30 = 19:30 exact
      none       | The bell rang at noon.                               | noon = 12:00 exact
      none       | The curfew starts at midnight.                       | midnight = 00:00 exact
      none       | Shots were heard around 7 p.m.                       | around 7 p.m. = 18:45..19:15 approximately
      none       | The raid began at 5am.                               | 5am = 05:00 exact
      none       | The bar shut at 11.30pm.                             | 11.30pm = 23:30 exact
      none       | The quake struck at 12 a.m.                          | 12 a.m. = 00:00 exact
      none       | The verdict came at 12:15 p.m.                       | 12:15 p.m. = 12:15 exact
      none       | The rally began at 15:00 GMT.                        | 15:00 = 15:00 exact
      none       | The attack began at 7:22 local time.                 | 7:22 = 07:22 exact
      none       | The shift starts at 07:45.                           | 07:45 = 07:45 exact
      none       | Crews arrived at 9 PM.                               | 9 PM = 21:00 exact
      none       | The blast came at 12 noon.                           | noon = 12:00 exact
      none       | A flare went up at about midnight.                   | about midnight = 23:45..00:15 approximately
      none       | The runner finished in 2:31 after a fall.            | ``
      none       | The score was 3:1 at half-time.                      | ``
      2024-11-07 | Polls close at 7 p.m. tonight.                       | 7 p.m. = 19:00 exact ; tonight = 2024-11-07 exact
      2024-11-07 | At 7:22 a.m. on Thursday, Nov. 7, 2024, the tremor hit. | 7:22 a.m. = 07:22 exact ; Thursday, Nov. 7, 2024 = 2024-11-07 exact
      """)
  void findsDatesAndTimes(String published, String text, String expected) {
    LocalDate p = published.equals("none") ? null : LocalDate.parse(published);
    Sentence s = SentenceSplitter.split(text).get(0);
    List<Mention> mentions = dates.find(s, p);
    assertEquals(expected, describe(text, s, mentions));
    assertWellFormed(s, mentions);
    assertNoNumberOverlap(s, mentions);
  }

  @Test
  void dateValuesAreEpochDayIntervals() {
    Mention m = only("Ballots were counted Nov. 7, 2024.", null);
    Quantity q = m.quantity();
    double day = LocalDate.of(2024, 11, 7).toEpochDay();
    assertEquals(MentionType.DATE, m.type());
    assertEquals(new Quantity(day, day, day, false, false, "date", Dimension.DATE, "exact"), q);

    Quantity week = only("Talks stalled early last week.", LocalDate.of(2024, 11, 7)).quantity();
    assertEquals(LocalDate.of(2024, 10, 28).toEpochDay(), week.point());
    assertEquals(LocalDate.of(2024, 10, 28).toEpochDay(), week.low());
    assertEquals(LocalDate.of(2024, 10, 30).toEpochDay(), week.high());
    assertEquals("approximately", week.qualifier());
  }

  @Test
  void timeValuesAreMinutesAfterMidnight() {
    Mention m = only("The siren sounded at 7:22 a.m.", null);
    assertEquals(MentionType.TIME, m.type());
    assertEquals(new Quantity(442, 442, 442, false, false, "time", Dimension.TIME, "exact"), m.quantity());
    Quantity around = only("Shots were heard around 7 p.m.", null).quantity();
    assertEquals(1140, around.point());
    assertEquals(1125, around.low());
    assertEquals(1155, around.high());
  }

  @Test
  void displayPrintsIsoText() {
    LocalDate a = LocalDate.of(2024, 11, 4);
    assertEquals("2024-11-04", DateValues.display(DateValues.day(a)));
    assertEquals("2024-11-04..2024-11-06", DateValues.display(DateValues.days(a, a.plusDays(2), "approximately")));
    assertEquals("07:22", DateValues.display(DateValues.time(442, 0, "exact")));
    assertEquals("00:05", DateValues.display(DateValues.time(5, 0, "exact")));
    assertEquals("23:45..00:15", DateValues.display(DateValues.time(0, 15, "approximately")));
    assertEquals(a, DateValues.first(DateValues.days(a, a.plusDays(6), "exact")));
    assertEquals(a.plusDays(6), DateValues.last(DateValues.days(a, a.plusDays(6), "exact")));
    assertThrows(IllegalArgumentException.class, () -> DateValues.display(Quantity.exact(3, "", Dimension.COUNT)));
  }

  @Test
  void tokenIndicesAreRelativeToTheSentence() {
    String doc = "The port was quiet. Crews left on Thursday at 7 p.m. for the coast.";
    Sentence second = SentenceSplitter.split(doc).get(1);
    List<Mention> m = dates.find(second, LocalDate.of(2024, 11, 7));
    assertEquals(2, m.size());
    assertEquals(3, m.get(0).tokenStart());
    assertEquals(4, m.get(0).tokenEnd());
    assertEquals("Thursday", TextFixtures.span(doc, second, m.get(0)));
    assertEquals("7 p.m.", TextFixtures.span(doc, second, m.get(1)));
  }

  @Test
  void withoutPublicationDateOnlyAbsoluteExpressionsRemain() {
    Sentence s = SentenceSplitter.split("On Thursday, in June 2024 and at noon, sales fell last week.").get(0);
    assertEquals(dates.find(s, null), dates.find(s));
    assertEquals(List.of(MentionType.DATE, MentionType.TIME), dates.find(s).stream().map(Mention::type).toList());
    assertEquals(4, dates.find(s, LocalDate.of(2024, 11, 7)).size());
  }

  @Test
  void datesAndCountsShareASentenceWithoutOverlap() {
    String text = "On Nov. 7, 2024, 30 shells hit 2 towns in 2023 and 12 noon.";
    Sentence s = SentenceSplitter.split(text).get(0);
    List<Mention> d = dates.find(s, LocalDate.of(2024, 11, 7));
    assertEquals("Nov. 7, 2024 = 2024-11-07 exact ; 2023 = 2023-01-01..2023-12-31 exact ; noon = 12:00 exact",
        describe(text, s, d));
    assertNoNumberOverlap(s, d);
    assertFalse(numbers.find(s).isEmpty());
  }

  private Mention only(String text, LocalDate published) {
    List<Mention> m = dates.find(SentenceSplitter.split(text).get(0), published);
    assertEquals(1, m.size(), () -> "mentions in " + text + ": " + m);
    return m.get(0);
  }

  private static String describe(String doc, Sentence s, List<Mention> mentions) {
    return mentions.stream()
        .map(m -> TextFixtures.span(doc, s, m) + " = " + DateValues.display(m.quantity()) + " " + m.quantity().qualifier())
        .collect(Collectors.joining(" ; "));
  }

  /** In token order, non-overlapping, inside the sentence, type matching the value's dimension. */
  private static void assertWellFormed(Sentence s, List<Mention> mentions) {
    int prevEnd = 0;
    for (Mention m : mentions) {
      assertTrue(m.tokenStart() >= prevEnd && m.tokenStart() < m.tokenEnd() && m.tokenEnd() <= s.tokens().size(),
          () -> "bad span " + m);
      prevEnd = m.tokenEnd();
      Quantity q = m.quantity();
      boolean date = m.type() == MentionType.DATE;
      assertTrue(date || m.type() == MentionType.TIME);
      assertEquals(date ? Dimension.DATE : Dimension.TIME, q.dimension());
      assertEquals(date ? "date" : "time", q.unit());
      assertTrue(q.low() <= q.point() && q.point() <= q.high() && !q.lowOpen() && !q.highOpen());
      assertTrue(q.qualifier().equals("exact") || q.qualifier().equals("approximately"));
      if (date) {
        assertEquals(q.low(), q.point(), "a date's point is its first day");
      }
    }
  }

  /** No NUMBER or QUANTITY mention of the number recognizer shares a token with a date or time. */
  private void assertNoNumberOverlap(Sentence s, List<Mention> mentions) {
    for (Mention n : numbers.find(s)) {
      for (Mention m : mentions) {
        assertTrue(n.tokenEnd() <= m.tokenStart() || m.tokenEnd() <= n.tokenStart(),
            () -> "number " + n + " overlaps " + m);
      }
    }
  }
}
