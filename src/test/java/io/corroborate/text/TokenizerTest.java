package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  /** Expected tokens as {@code text/K} (K = W word, N number, P punct, S symbol), space-joined. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Russia's army moved.                     | Russia's/W army/W moved/W ./P
      Kyiv’s mayor spoke                       | Kyiv’s/W mayor/W spoke/W
      a three-month truce                      | a/W three-month/W truce/W
      officials in the U.S. and U.K. said      | officials/W in/W the/W U.S./W and/W U.K./W said/W
      at 9 a.m. sharp                          | at/W 9/N a.m./W sharp/W
      Mr. Lee met Dr. Ortiz.                   | Mr./W Lee/W met/W Dr./W Ortiz/W ./P
      Maj. Gen. Park and Lt. Col. Reyes        | Maj./W Gen./W Park/W and/W Lt./W Col./W Reyes/W
      on Jan. 5 and Sept. 30                   | on/W Jan./W 5/N and/W Sept./W 30/N
      Acme Inc. and Bolt Corp. merged          | Acme/W Inc./W and/W Bolt/W Corp./W merged/W
      It ended.                                | It/W ended/W ./P
      the No. 1 seed                           | the/W No./W 1/N seed/W
      He said no. Then left                    | He/W said/W no/W ./P Then/W left/W
      apples vs. pears                         | apples/W vs./W pears/W
      George W. Bush spoke                     | George/W W./W Bush/W spoke/W
      11,000 troops                            | 11,000/N troops/W
      1,000,000.                               | 1,000,000/N ./P
      rose 1.2 points                          | rose/W 1.2/N points/W
      at 7:22 today                            | at/W 7:22/N today/W
      45.6C and 3.5bn and 10km                 | 45.6C/N and/W 3.5bn/N and/W 10km/N
      won 52-48 after a 6.2-magnitude quake    | won/W 52-48/N after/W a/W 6.2-magnitude/N quake/W
      a 20-year-old man                        | a/W 20-year-old/N man/W
      $5 and €3 and £2                         | $/S 5/N and/W €/S 3/N and/W £/S 2/N
      50% of ©2024                             | 50/N %/S of/W ©/S 2024/N
      up 10,000, down 5.                       | up/W 10,000/N ,/P down/W 5/N ./P
      “Stop,” she said                         | “/P Stop/W ,/P ”/P she/W said/W
      `"No," he said`                          | `"/P No/W ,/P "/P he/W said/W`
      ‘fine’ or 'fine'                         | ‘/P fine/W ’/P or/W '/P fine/W '/P
      the Jones' house                         | the/W Jones/W '/P house/W
      wait... then – or — not (ok): end…       | wait/W .../P then/W –/P or/W —/P not/W (/P ok/W )/P :/P end/W …/P
      yes -- no                                | yes/W --/P no/W
      80 km² of land                           | 80/N km²/W of/W land/W
      MH17 and G7 and F-16                     | MH17/W and/W G7/W and/W F-16/W
      café naïve Zürich                        | café/W naïve/W Zürich/W
      9/11 and #1 and A&B                      | 9/N //P 11/N and/W #/S 1/N and/W A/W &/S B/W
      the 1990s and 47th                       | the/W 1990s/N and/W 47th/N
      see example.com. Now                     | see/W example.com/W ./P Now/W
      Ph.D. and e.g. this                      | Ph.D./W and/W e.g./W this/W
      ends with etc.                           | ends/W with/W etc./W
      `A\\u00A0B\\tC\\r\\nD`                   | A/W B/W C/W D/W
      😀 ok                                    | 😀/S ok/W
      """)
  void tokenizes(String input, String expected) {
    String doc = TextFixtures.unescape(input);
    List<Token> tokens = Tokenizer.tokenize(doc);
    String actual = tokens.stream().map(t -> t.text() + "/" + t.kind().name().charAt(0))
        .collect(Collectors.joining(" "));
    assertEquals(expected, actual);
    assertOffsets(doc, tokens, 0, doc.length());
  }

  /** {@code lower} is lower-cased with typographic quotes folded; same length as the text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Kyiv’s       | kyiv's
      ‘Quoted’     | '
      “            | `"`
      ”            | `"`
      U.S.         | u.s.
      ÉCOLE        | école
      plain        | plain
      """)
  void foldsLowerCase(String input, String firstLower) {
    Token first = Tokenizer.tokenize(input).get(0);
    assertEquals(firstLower, first.lower());
    assertEquals(first.text().length(), first.lower().length());
  }

  @Test
  void unchangedLowerReusesText() {
    Token t = Tokenizer.tokenize("plain").get(0);
    assertTrue(t.text() == t.lower(), "no copy when nothing changes");
  }

  @Test
  void tokenizesARangeWithAbsoluteOffsets() {
    String doc = "Skip this. Take 11,000 troops.";
    int from = doc.indexOf("Take");
    List<Token> tokens = Tokenizer.tokenize(doc, from, doc.length());
    assertEquals("Take", tokens.get(0).text());
    assertEquals(from, tokens.get(0).start());
    assertEquals("11,000", doc.substring(tokens.get(1).start(), tokens.get(1).end()));
    assertOffsets(doc, tokens, from, doc.length());
  }

  @Test
  void periodOutsideRangeIsNotSeen() {
    String doc = "U.S. troops";
    List<Token> tokens = Tokenizer.tokenize(doc, 0, 3);
    assertEquals("U.S", tokens.get(0).text());
  }

  /** Every token equals its source slice, lies in range, in order, without overlaps or spaces. */
  static void assertOffsets(String doc, List<Token> tokens, int from, int to) {
    int prevEnd = from;
    for (Token t : tokens) {
      assertTrue(t.start() >= prevEnd && t.start() < t.end() && t.end() <= to, () -> "bad offsets " + t);
      assertEquals(doc.substring(t.start(), t.end()), t.text());
      assertTrue(!TextChars.isSpace(doc.charAt(t.start())) && !TextChars.isSpace(doc.charAt(t.end() - 1)));
      prevEnd = t.end();
    }
  }
}
