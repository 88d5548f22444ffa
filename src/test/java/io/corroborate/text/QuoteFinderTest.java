package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteFinderTest {

  /** Document, then the expected quoted texts separated by " | " ("" for none). */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("He said \"we are ready\" today.", "we are ready"),
        Arguments.of("He said “we are ready” today.", "we are ready"),
        Arguments.of("\"One,\" she said. \"Two,\" he said.", "One, | Two,"),
        Arguments.of("\"Dorvia's army won't stop,\" Vell said.", "Dorvia's army won't stop,"),
        Arguments.of("“Halden’s port is open and they’ve left,” Dorn said.", "Halden’s port is open and they’ve left,"),
        Arguments.of("The soldiers’ families and Lisvan’s mayor met in Dorvia's capital.", ""),
        Arguments.of("\"They called it 'a lie,' and it was,\" Vell said.", "They called it 'a lie,' and it was,"),
        Arguments.of("“They called it ‘a lie’ today,” Vell said.", "They called it ‘a lie’ today,"),
        Arguments.of("“He called it \"theft\" outright,” Dorn said.", "He called it \"theft\" outright,"),
        Arguments.of("“He called it “theft” outright,” Dorn said.", "He called it “theft” outright,"),
        Arguments.of("“First part.\n“Second part,” Vell said.", "First part.\n“Second part,"),
        Arguments.of("\"First.\n\n\"Second.\n\n\"Third,\" Vell said.", "First.\n\n\"Second.\n\n\"Third,"),
        Arguments.of("\"Unfinished thought\nThe next paragraph has none.", ""),
        Arguments.of("The 12\" screen was \"bright,\" Dorn said.", "bright,"),
        Arguments.of("'Significant' losses at Lisvan, Kestrel says", ""),
        Arguments.of("He said \"\" and left.", ""),
        Arguments.of("“We are ready,\" Dorn said.", "We are ready,"),
        Arguments.of("He said ”we are ready” today.", "we are ready"),
        Arguments.of("The word ends here” and \"starts again\" later.", "starts again"),
        Arguments.of("Kestrel said: “We will win.”\nThe crowd cheered.", "We will win."),
        Arguments.of("\"A,\" he said.\n\"B,\" she said.", "A, | B,"),
        Arguments.of("\"Open\nPlain line with \"closed\" words.", "closed"),
        Arguments.of("Dorn said: “Yes.”\r\n“No,” Vell said.", "Yes. | No,"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findsQuotes(String doc, String expected) {
    List<Quote> quotes = QuoteFinder.find(doc);
    List<String> contents = quotes.stream().map(q -> doc.substring(q.contentStart(), q.contentEnd())).toList();
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" \\| "));
    assertEquals(want, contents, doc);
    for (Quote q : quotes) {
      assertEquals(q.start() + 1, q.contentStart(), "one opening mark");
      assertEquals(q.end() - 1, q.contentEnd(), "one closing mark");
      assertTrue(QuoteFinder.isDoubleMark(doc.charAt(q.start())) && QuoteFinder.isDoubleMark(doc.charAt(q.end() - 1)));
      assertEquals(null, q.speaker());
    }
  }
}
