package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRecognizerTest {
  private final NameRecognizer recognizer = new NameRecognizer();

  /** Expected NAME spans joined by " ; ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      The Ministry of Defense issued a statement.       | Ministry of Defense
      Officials in the U.S. and Canada agreed.          | Officials ; U.S. ; Canada
      Russia's army entered Tver.                       | Russia's ; Tver
      Kyiv’s mayor Vitali Brenko spoke.                 | Kyiv’s ; Vitali Brenko
      President Ana Costa met Prime Minister Jo Ng.     | President Ana Costa ; Prime Minister Jo Ng
      In June, troops left.                             | ``
      Yes, the plan works.                              | ``
      But Maria Lopez disagreed.                        | Maria Lopez
      The New York Times reported it.                   | New York Times
      She studied at the University of Lyon.            | University of Lyon
      He met Bashar al-Assad in Damascus.               | Bashar al-Assad ; Damascus
      It came from Banco de la Plata.                   | Banco de la Plata
      Reports arrived on Thursday.                      | Reports
      While Paris slept, Lyon woke.                     | Paris ; Lyon
      Eleven thousand Danish sailors came.              | Danish
      `"These are lies," said Tom Reed.`                | Tom Reed
      George W. Bush and Dr. Amy Chan spoke.            | George W. Bush ; Dr. Amy Chan
      the board of Acme Corp. voted                     | Acme Corp.
      he said of Smith that it was over                 | Smith
      """)
  void findsNames(String input, String expected) {
    Sentence s = TextFixtures.sentence(input);
    List<Mention> mentions = recognizer.find(s);
    assertEquals(expected, TextFixtures.describe(input, s, mentions, MentionType.NAME));
    mentions.forEach(m -> assertNull(m.quantity()));
  }
}
