package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.text.Sentence;
import io.corroborate.text.TextAnalyzer;
import io.corroborate.text.Token;
import io.corroborate.text.WrittenMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month a claim's sentence ties it to; {@code ^} marks the claim's first token. Fictional sentences. */
class StatedMonthsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In January, gunmen ^killed 12 people.                          | January
      Gunmen ^killed 12 people in early January.                     | January
      Gunmen ^killed 12 people in late January.                      | January
      Floods in mid-January ^killed 40.                              | January
      January's attacks ^killed 17 people.                           | January
      The January attacks ^killed 17 people.                         | January
      The attacks on 13 November ^killed 130 people.                 | November
      The Nov. 13 attacks ^killed 130 people.                        | November
      On Jan. 7, gunmen ^killed 12.                                  | January
      Gunmen ^killed 12 on January 7th.                              | January
      Gunmen ^killed 12 on the 7th of January.                       | January
      Since February, ^40 people have died.                          | February
      In May, floods ^killed 40 people.                              | May
      Floods ^killed 40 people on 3 May.                             | May
      On May 3, floods ^killed 40 people.                            | May
      Floods ^killed 40 people in May 2014.                          | May
      In March, floods ^killed 40 people.                            | March
      Floods in early March ^killed 40 people.                       | March
      Last January, floods ^killed 40 people.                        | January
      The Sept. 11 attacks ^killed nearly 3,000 people.              | September
      Storms on Dec. 25 ^killed 9 people.                            | December
      Storms during April ^killed 9 people.                          | April
      Storms in June and July ^killed 9 people.                      | July
      In January 17 died, and on 13 November gunmen ^killed 130.     | November
      Gunmen ^killed 130 on 13 November, after 17 died in January.   | November
      By January the toll had risen to ^40.                          | January
      Floods ^killed 40 people in October 2014.                      | October
      ^40 people were killed in Oct. 2014 floods.                    | October
      Officials say the toll may rise after gunmen ^killed 12.       |
      As many as 12 may have been ^killed.                           |
      May the victims rest; gunmen ^killed 12.                       |
      Protesters march as gunmen ^killed 12.                         |
      They March on the capital after gunmen ^killed 12.             |
      The March on Washington drew crowds; gunmen ^killed 12.        |
      The March organisers said gunmen ^killed 12.                   |
      August Renoir said gunmen ^killed 12.                          |
      An august body said gunmen ^killed 12.                         |
      The August Assembly said gunmen ^killed 12.                    |
      Theresa May said gunmen ^killed 12.                            |
      Theresa May's cabinet said gunmen ^killed 12.                  |
      April Ryan reported that gunmen ^killed 12.                    |
      Jan Kowalski reported that gunmen ^killed 12.                  |
      Police marched in after gunmen ^killed 12.                     |
      Last month, gunmen ^killed 12.                                 |
      This month, gunmen ^killed 12.                                 |
      On Friday, gunmen ^killed 12.                                  |
      Gunmen ^killed 12 people in 2012.                              |
      Mayor Dan Ortiz said gunmen ^killed 12.                        |
      Gunmen ^killed 12 people.                                      |
      """)
  void theNearestMonthTheSentenceWrites(String marked, String expected) {
    int claimAt = marked.indexOf('^');
    String text = marked.replace("^", "");
    Sentence sentence = TextAnalyzer.analyze(text, 0.1, null).sentences().get(0);
    List<Token> tokens = sentence.tokens();
    int claimToken = 0;
    while (tokens.get(claimToken).start() < claimAt) {
      claimToken++;
    }
    int month = StatedMonths.nearest(tokens, claimToken);
    assertThat(month == 0 ? null : WrittenMonth.name(month)).isEqualTo(expected);
  }
}
