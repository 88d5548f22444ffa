package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  /** Expected sentences as {@code line:text}, joined by " || ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      One. Two.                                        => 0:One. || 0:Two.
      Is it? Yes! Fine.                                => 0:Is it? || 0:Yes! || 0:Fine.
      Storm Hits Coast\\nThe storm hit on Monday.      => 0:Storm Hits Coast || 1:The storm hit on Monday.
      Headline One\\n\\nBody text here. More text.     => 0:Headline One || 2:Body text here. || 2:More text.
      Mr. Lee spoke. He left.                          => 0:Mr. Lee spoke. || 0:He left.
      Gen. Park and Maj. Ruiz met Dr. Obi.             => 0:Gen. Park and Maj. Ruiz met Dr. Obi.
      Sen. Hale and Gov. Diaz and Rep. Moss agreed.    => 0:Sen. Hale and Gov. Diaz and Rep. Moss agreed.
      Lt. Col. Ames met Sgt. Fry and Capt. Wu.         => 0:Lt. Col. Ames met Sgt. Fry and Capt. Wu.
      Prof. Kim lives on St. Mark Road.                => 0:Prof. Kim lives on St. Mark Road.
      It began Jan. 5 and ended Feb. 9.                => 0:It began Jan. 5 and ended Feb. 9.
      Talks opened Sept. 30. They failed.              => 0:Talks opened Sept. 30. || 0:They failed.
      He lives in the U.S. The next day he left.       => 0:He lives in the U.S. || 0:The next day he left.
      The U.S. economy grew.                           => 0:The U.S. economy grew.
      Troops from the U.S. and the U.N. arrived.       => 0:Troops from the U.S. and the U.N. arrived.
      It opened at 9 a.m. and closed at 5 p.m. today.  => 0:It opened at 9 a.m. and closed at 5 p.m. today.
      Shares in Acme Inc. fell. Bolt Corp. rose.       => 0:Shares in Acme Inc. fell. || 0:Bolt Corp. rose.
      He works for Acme Inc. It pays well.             => 0:He works for Acme Inc. || 0:It pays well.
      George W. Bush spoke. Then he left.              => 0:George W. Bush spoke. || 0:Then he left.
      It was ranked No. 1 again.                       => 0:It was ranked No. 1 again.
      The answer was No. Then silence.                 => 0:The answer was No. || 0:Then silence.
      `He said "Stop." Then he left.`                  => `0:He said "Stop." || 0:Then he left.`
      `"Why?" she asked.`                              => `0:"Why?" she asked.`
      `"Stop," he said. "Now."`                        => `0:"Stop," he said. || 0:"Now."`
      He said “enough.” The crowd cheered.             => 0:He said “enough.” || 0:The crowd cheered.
      He paused... Then he left.                       => 0:He paused... || 0:Then he left.
      He paused … then went on.                        => 0:He paused … then went on.
      (This is in parens.) And this.                   => 0:(This is in parens.) || 0:And this.
      • First point\\n• Second point.                  => 0:First point || 1:Second point.
      - dash item\\n* star item                        => 0:dash item || 1:star item
      ***\\nText after a rule.                         => 1:Text after a rule.
      Line one\\r\\nLine two\\r\\n                     => 0:Line one || 1:Line two
      `   padded line   `                              => 0:padded line
      A\\u00A0line with\\u00A0nbsp.\\u00A0             => 0:A\\u00A0line with\\u00A0nbsp.
      It rose 3.5 percent. Prices fell.                => 0:It rose 3.5 percent. || 0:Prices fell.
      Visit example.com today. Then go.                => 0:Visit example.com today. || 0:Then go.
      1947-65: Early Years                             => 0:1947-65: Early Years
      BREAKING: Quake Strikes Coast                    => 0:BREAKING: Quake Strikes Coast
      Wait! \\u201D More.                              => 0:Wait! \\u201D || 0:More.
      The U.S. Senate voted. It passed.               => 0:The U.S. Senate voted. || 0:It passed.
      He flew to the U.K. Police met him.              => 0:He flew to the U.K. Police met him.
      It ended at 5 p.m. Police then left.             => 0:It ended at 5 p.m. || 0:Police then left.
      Tests on Vitamin D. They failed.                 => 0:Tests on Vitamin D. || 0:They failed.
      """)
  void splits(String input, String expected) {
    String doc = TextFixtures.unescape(input);
    List<Sentence> sentences = SentenceSplitter.split(doc);
    String actual = sentences.stream().map(s -> s.line() + ":" + doc.substring(s.start(), s.end()))
        .collect(Collectors.joining(" || "));
    assertEquals(TextFixtures.unescape(expected), actual);
    assertInvariants(doc, sentences);
  }

  @Test
  void emptyAndBlankDocumentsHaveNoSentences() {
    assertEquals(List.of(), SentenceSplitter.split(""));
    assertEquals(List.of(), SentenceSplitter.split(" \n\r\n\t\u00A0\n"));
  }

  @Test
  void linesKeepPhysicalIndexAndTrim() {
    String doc = "  Title \r\n\r\nBody one.\n\n\n  last";
    List<Line> lines = SentenceSplitter.lines(doc);
    assertEquals(List.of(new Line(0, 2, 7), new Line(2, 12, 21), new Line(5, 26, 30)), lines);
    assertEquals("last", doc.substring(lines.get(2).start(), lines.get(2).end()));
  }

  @Test
  void sentencesCarryIndicesAndTheirTokens() {
    String doc = "First one. Second one!\nThird";
    List<Sentence> s = SentenceSplitter.split(doc);
    assertEquals(3, s.size());
    assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::index).toList());
    assertEquals(List.of(0, 0, 1), s.stream().map(Sentence::line).toList());
    assertEquals(List.of("Second", "one", "!"), s.get(1).tokens().stream().map(Token::text).toList());
  }

  /** Sentences in order, trimmed, inside their line, tokens inside their sentence. */
  static void assertInvariants(String doc, List<Sentence> sentences) {
    int prevEnd = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      assertEquals(k, s.index());
      assertTrue(s.start() >= prevEnd && s.start() < s.end() && s.end() <= doc.length(), () -> "bad " + s);
      assertTrue(!TextChars.isSpace(doc.charAt(s.start())) && !TextChars.isSpace(doc.charAt(s.end() - 1)));
      assertTrue(doc.substring(s.start(), s.end()).indexOf('\n') < 0, "sentence crosses a line");
      TokenizerTest.assertOffsets(doc, s.tokens(), s.start(), s.end());
      prevEnd = s.end();
    }
  }
}
