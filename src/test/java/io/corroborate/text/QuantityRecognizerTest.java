package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerTest {
  private final QuantityRecognizer recognizer = new QuantityRecognizer();

  /** Expected QUANTITY mentions, "span = interval unit dimension qualifier", joined by " ; ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      # digits and separators
      Officials counted 11,000 ballots.            | 11,000 = [11000,11000] count exact
      The fund paid 1,000,000 claims.              | 1,000,000 = [1000000,1000000] count exact
      Rainfall rose by 2.5 inches.                 | 2.5 inches = [2.5,2.5] in length exact
      Police deployed 10,000 officers.             | 10,000 = [10000,10000] count exact
      The index moved 0.5 points.                  | 0.5 = [0.5,0.5] count exact
      A ledger showed 1,2,3 entries.               | ``
      Version 1.2.3 shipped.                       | ``
      The vote was 52-48 in favour.                | ``
      The 2015-16 season ended.                    | ``
      The final score was 3-1.                     | ``
      # money
      The firm raised $5 million.                  | $5 million = [5000000,5000000] USD money exact
      Losses hit $12.7 billion last year.          | $12.7 billion = [12700000000,12700000000] USD money exact
      Fans paid €3.5bn for the stadium.            | €3.5bn = [3500000000,3500000000] EUR money exact
      The council spent £1.2 million.              | £1.2 million = [1200000,1200000] GBP money exact
      Tickets cost $40 each.                       | $40 = [40,40] USD money exact
      He earned £50k a year.                       | £50k = [50000,50000] GBP money exact
      A deal worth $10m was signed.                | $10m = [10000000,10000000] USD money exact
      The bill came to 200 dollars.                | 200 dollars = [200,200] USD money exact
      They owe 4 million euros.                    | 4 million euros = [4000000,4000000] EUR money exact
      The fine was 300 pounds.                     | 300 pounds = [300,300] GBP money exact
      Aid of US$2 billion arrived.                 | US$2 billion = [2000000000,2000000000] USD money exact
      Roughly $250,000 was stolen.                 | Roughly $250,000 = [237500,262500] USD money approximately
      More than €1 billion was pledged.            | More than €1 billion = (1000000000,inf] EUR money more than
      Up to £500 in fines applies.                 | Up to £500 = [0,500] GBP money up to
      The budget is $1.5 trillion.                 | $1.5 trillion = [1500000000000,1500000000000] USD money exact
      # percent
      Turnout was 45%.                             | 45% = [45,45] % percent exact
      Inflation hit 3.2 percent.                   | 3.2 percent = [3.2,3.2] % percent exact
      Support fell to 38 per cent.                 | 38 per cent = [38,38] % percent exact
      Unemployment rose 2 percentage points.       | 2 percentage points = [2,2] pp percent exact
      Nearly 60% of voters agreed.                 | Nearly 60% = [54,60) % percent nearly
      At least 12.5% of homes lost power.          | At least 12.5% = [12.5,inf] % percent at least
      Less than 1 pct of funds were used.          | Less than 1 pct = [0,1) % percent less than
      About 70 percent of the city is dark.        | About 70 percent = [66.5,73.5] % percent approximately
      # number words
      Eleven thousand fans filled the arena.       | Eleven thousand = [11000,11000] count exact
      Eleven soldiers were hurt.                   | Eleven = [11,11] count exact
      Twenty-five villages were hit.               | Twenty-five = [25,25] count exact
      The blast killed one hundred and twenty people. | one hundred and twenty = [120,120] count exact
      A dozen ships sailed.                        | A dozen = [12,12] count exact
      Two dozen trucks arrived.                    | Two dozen = [24,24] count exact
      A hundred people gathered.                   | A hundred = [100,100] count exact
      Two million people voted.                    | Two million = [2000000,2000000] count exact
      The city holds 1.2 million residents.        | 1.2 million = [1200000,1200000] count exact
      The agency cut 3.5bn from its budget.        | 3.5bn = [3500000000,3500000000] count exact
      Nineteen people were rescued.                | Nineteen = [19,19] count exact
      Ninety-nine boats were counted.              | Ninety-nine = [99,99] count exact
      Three hundred thousand tickets sold.         | Three hundred thousand = [300000,300000] count exact
      A million people marched.                    | A million = [1000000,1000000] count exact
      Officials reported zero casualties.          | zero = [0,0] count exact
      Twenty five miners were trapped.             | Twenty five = [25,25] count exact
      One thousand two hundred and fifty homes burned. | One thousand two hundred and fifty = [1250,1250] count exact
      FIVE PEOPLE HURT IN CRASH                    | FIVE = [5,5] count exact
      The region has eleven thousand troops.       | eleven thousand = [11000,11000] count exact
      There were 11 thousand troops.               | 11 thousand = [11000,11000] count exact
      # approximate hedges
      Roughly 250 square miles were taken.         | Roughly 250 square miles = [237.5,262.5] mi2 area approximately
      About 300 people fled.                       | About 300 = [285,315] count approximately
      Around 40 vessels waited.                    | Around 40 = [38,42] count approximately
      Approximately 1,000 homes flooded.           | Approximately 1,000 = [950,1050] count approximately
      Some 200 soldiers deserted.                  | Some 200 = [190,210] count approximately
      An estimated 5,000 people attended.          | An estimated 5,000 = [4750,5250] count approximately
      Close to 80 firms closed.                    | Close to 80 = [76,84] count approximately
      Circa 600 graves were found.                 | Circa 600 = [570,630] count approximately
      The rally drew ~2,000 people.                | ~2,000 = [1900,2100] count approximately
      Roughly eleven thousand troops are there.    | Roughly eleven thousand = [10450,11550] count approximately
      # bounds
      More than 10,000 troops arrived.             | More than 10,000 = (10000,inf] count more than
      Over 500 flights were cancelled.             | Over 500 = (500,inf] count more than
      Temperatures stayed above 40 degrees.        | above 40 = (40,inf] count more than
      Damage in excess of $2 billion was reported. | in excess of $2 billion = (2000000000,inf] USD money more than
      Upwards of 3,000 fans waited.                | Upwards of 3,000 = (3000,inf] count more than
      At least 30 people died.                     | At least 30 = [30,inf] count at least
      No fewer than 12 ships sank.                 | No fewer than 12 = [12,inf] count at least
      No less than 40 percent was lost.            | No less than 40 percent = [40,inf] % percent at least
      Fewer than 100 residents remain.             | Fewer than 100 = [0,100) count less than
      Less than 5 km of road is open.              | Less than 5 km = [0,5) km length less than
      Under 20 schools reopened.                   | Under 20 = [0,20) count less than
      Below 1,000 metres the air is thin.          | Below 1,000 metres = [0,1000) m length less than
      At most 15 patients were treated.            | At most 15 = [0,15] count at most
      No more than 25 people may gather.           | No more than 25 = [0,25] count at most
      Up to 8,000 jobs could go.                   | Up to 8,000 = [0,8000] count up to
      Nearly 100 homes burned.                     | Nearly 100 = [90,100) count nearly
      Almost 2 million people fled.                | Almost 2 million = [1800000,2000000) count nearly
      Just under 50 percent voted.                 | Just under 50 percent = [45,50) % percent nearly
      A minimum of 6 months is required.           | A minimum of 6 months = [6,inf] month duration at least
      Just over 200 people came.                   | Just over 200 = (200,inf] count more than
      Fewer than five survived.                    | Fewer than five = [0,5) count less than
      # area and length
      The fire burned 120 acres.                   | 120 acres = [120,120] acre area exact
      Farmers lost 3,500 hectares.                 | 3,500 hectares = [3500,3500] ha area exact
      The zone covers 40 sq km.                    | 40 sq km = [40,40] km2 area exact
      The lake spans 12 square kilometres.         | 12 square kilometres = [12,12] km2 area exact
      The park covers 650 km2.                     | 650 km2 = [650,650] km2 area exact
      The reserve covers 80 km² of forest.         | 80 km² = [80,80] km2 area exact
      The island is 18 sq mi.                      | 18 sq mi = [18,18] mi2 area exact
      Forces hold 250 square miles.                | 250 square miles = [250,250] mi2 area exact
      The flat has 70 sq. m of space.              | 70 sq. m = [70,70] m2 area exact
      The convoy stretched 40 miles.               | 40 miles = [40,40] mi length exact
      The wall is 3 metres high.                   | 3 metres = [3,3] m length exact
      The tower is 300 feet tall.                  | 300 feet = [300,300] ft length exact
      He ran 10km yesterday.                       | 10km = [10,10] km length exact
      The crater is 30 m wide.                     | 30 m = [30,30] m length exact
      They walked 12 kilometers.                   | 12 kilometers = [12,12] km length exact
      The ship was 200 nautical miles offshore.    | 200 nautical miles = [200,200] nmi length exact
      A 10-mile convoy formed.                     | 10-mile = [10,10] mi length exact
      The quake was 6.2-magnitude.                 | ``
      It was 45.6C in the shade.                   | ``
      # durations
      The siege lasted 90 days.                    | 90 days = [90,90] day duration exact
      Talks took three weeks.                      | three weeks = [3,3] week duration exact
      The ban runs for 6 months.                   | 6 months = [6,6] month duration exact
      He served 25 years.                          | 25 years = [25,25] year duration exact
      The flight took 11 hours.                    | 11 hours = [11,11] hour duration exact
      A three-month ceasefire began.               | three-month = [3,3] month duration exact
      A 20-year-old man was held.                  | 20-year-old = [20,20] year duration exact
      The five-year plan failed.                   | five-year = [5,5] year duration exact
      Two-day passes remain.                       | Two-day = [2,2] day duration exact
      The war has lasted two decades.              | two decades = [2,2] decade duration exact
      Officials waited 30 minutes.                 | 30 minutes = [30,30] minute duration exact
      The trial lasted one day.                    | one day = [1,1] day duration exact
      He spent one night in jail.                  | one = [1,1] count exact
      A twenty-five-year sentence was given.       | twenty-five-year = [25,25] year duration exact
      # weight
      Ships carried 5,000 tons of grain.           | 5,000 tons = [5000,5000] ton weight exact
      The plant makes 2 million tonnes a year.     | 2 million tonnes = [2000000,2000000] t weight exact
      Police seized 40 kg of cocaine.              | 40 kg = [40,40] kg weight exact
      The bag weighed 3 kilograms.                 | 3 kilograms = [3,3] kg weight exact
      Some 12 metric tons of aid arrived.          | Some 12 metric tons = [11.4,12.6] t weight approximately
      The parcel weighed 5kg.                      | 5kg = [5,5] kg weight exact
      A 10,000-strong force gathered.              | 10,000-strong = [10000,10000] count exact
      # not amounts: dates, times, ranks, identifiers, pronouns, fractions
      The law passed in 2024.                      | ``
      Prices have doubled since 2022.              | ``
      The plan runs until 2030.                    | ``
      He was born on Jan. 5, 1990.                 | ``
      The attack began at 7:22 local time.         | ``
      The meeting ended at 7 p.m.                  | ``
      The raid began at 5am.                       | ``
      She finished 47th in the race.               | ``
      It was one of the worst floods.              | ``
      No one was hurt.                             | ``
      The 1990s were calmer.                       | ``
      He cited Article 5 of the treaty.            | ``
      He boarded Flight 370 late.                  | ``
      He was ranked No. 1 in the world.            | ``
      Talks resumed on 12 March.                   | ``
      The storm hit on May 5.                      | ``
      The Formula One race was cancelled.          | ``
      Half of the staff left.                      | ``
      A third of homes lost power.                 | ``
      The 2024 budget cut jobs.                    | ``
      This is the one they chose.                  | ``
      The talks were one-sided.                    | ``
      The fee was waived in MARCH 3, 2019 filings.  | ``
      The album (1998) sold well.                  | ``
      © 2021 Example Media.                        | ``
      The queue took two and a half hours.         | two and a half hours = [2.5,2.5] hour duration exact
      The drive took half an hour.                 | half an hour = [0.5,0.5] hour duration exact
      Half a million people marched.               | Half a million = [500000,500000] count exact
      Half a dozen boats sank.                     | Half a dozen = [6,6] count exact
      He walked half a mile home.                  | half a mile = [0.5,0.5] mi length exact
      He ate half a loaf.                          | ``
      Growth fell below zero in May.               | below zero = [-inf,0) count less than
      # vague plurals
      Dozens of people were injured.               | Dozens = [24,144) count some
      Thousands fled the city.                     | Thousands = [2000,1000000) count some
      Tens of thousands marched.                   | Tens of thousands = [20000,100000) count some
      Hundreds of thousands lost power.            | Hundreds of thousands = [200000,1000000) count some
      Millions watched the debate.                 | Millions = [2000000,1000000000) count some
      More than hundreds came.                     | hundreds = [200,1000) count some
      # several in one sentence
      About 300 people fled and 12 died.           | About 300 = [285,315] count approximately ; 12 = [12,12] count exact
      In 2023, 4,000 homes were built.             | 4,000 = [4000,4000] count exact
      On Nov. 7, 2024, 30 shells hit 2 towns.      | 30 = [30,30] count exact ; 2 = [2,2] count exact
      It rose 5% to $3 billion in 3 years.         | 5% = [5,5] % percent exact ; $3 billion = [3000000000,3000000000] USD money exact ; 3 years = [3,3] year duration exact
      """)
  void findsQuantities(String input, String expected) {
    Sentence s = TextFixtures.sentence(input);
    List<Mention> mentions = recognizer.find(s);
    assertEquals(expected, TextFixtures.describe(input, s, mentions, MentionType.QUANTITY));
    assertWellFormed(s, mentions);
  }

  /** Expected NUMBER mentions: hedge and number (and a currency sign between), never a unit phrase. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      Roughly 250 square miles were taken.  | Roughly 250 = [237.5,262.5] count approximately
      More than $5 million was raised.      | More than $5 million = (5000000,inf] count more than
      Turnout was 45%.                      | 45 = [45,45] count exact
      Half of the staff left.               | Half = [0.5,0.5] count exact
      A third of homes lost power.          | A third = [0.3333333333,0.3333333333] count exact
      Two-thirds of the budget went.        | Two-thirds = [0.6666666667,0.6666666667] count exact
      Three quarters of the city voted.     | Three quarters = [0.75,0.75] count exact
      Nearly half of voters agreed.         | Nearly half = [0.45,0.5) count nearly
      It was 45.6C in the shade.            | 45.6C = [45.6,45.6] count exact
      The quake was 6.2-magnitude.          | 6.2-magnitude = [6.2,6.2] count exact
      Forty-two people died.                | Forty-two = [42,42] count exact
      A three-month siege ended.            | three-month = [3,3] count exact
      Over 3 km of road is blocked.         | Over 3 = (3,inf] count more than
      The army lost 40 tanks.               | 40 = [40,40] count exact
      Half-time came.                       | ``
      A third option exists.                | third = [3,3] ordinal count exact
      """)
  void findsNumbers(String input, String expected) {
    Sentence s = TextFixtures.sentence(input);
    List<Mention> mentions = recognizer.find(s);
    assertEquals(expected, TextFixtures.describe(input, s, mentions, MentionType.NUMBER));
    assertWellFormed(s, mentions);
  }

  @Test
  void toleranceOverloadWidensApproximateIntervals() {
    Sentence s = TextFixtures.sentence("About 100 people came.");
    Quantity q = recognizer.find(s, 0.1).get(0).quantity();
    assertEquals(90, q.low(), 1e-9);
    assertEquals(110, q.high(), 1e-9);
    assertEquals(100, q.point(), 1e-9);
    assertEquals(QuantityRecognizer.APPROXIMATE_TOLERANCE, 0.05);
  }

  @Test
  void tokenIndicesAreRelativeToTheSentence() {
    String doc = "First sentence here. Then 40 miles of road.";
    Sentence second = SentenceSplitter.split(doc).get(1);
    Mention m = recognizer.find(second).get(0);
    assertEquals(MentionType.QUANTITY, m.type());
    assertEquals(1, m.tokenStart());
    assertEquals(3, m.tokenEnd());
    assertEquals("40 miles", TextFixtures.span(doc, second, m));
  }

  @Test
  void quantityAndNumberComeInPairsForCounts() {
    Sentence s = TextFixtures.sentence("Some 200 soldiers deserted.");
    List<Mention> m = recognizer.find(s);
    assertEquals(List.of(MentionType.QUANTITY, MentionType.NUMBER), m.stream().map(Mention::type).toList());
    assertEquals(m.get(0).tokenEnd(), m.get(1).tokenEnd());
  }

  private static void assertWellFormed(Sentence s, List<Mention> mentions) {
    int prevStart = 0;
    for (Mention m : mentions) {
      assertTrue(0 <= m.tokenStart() && m.tokenStart() < m.tokenEnd() && m.tokenEnd() <= s.tokens().size());
      assertTrue(m.tokenStart() >= prevStart, "mentions in token order");
      Quantity q = m.quantity();
      assertTrue(q.low() <= q.point() && q.point() <= q.high(), () -> "point outside interval " + q);
      prevStart = m.tokenStart();
    }
  }
}
