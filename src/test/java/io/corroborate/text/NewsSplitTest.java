package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * News-shaped sentence and token cases on invented text: bylines, captions, datelines, titles and
 * abbreviations before names, times, and quotes; each sentence and token must also sit at its exact
 * offsets.
 */
class NewsSplitTest {

  private static Arguments s(String doc, String... sentences) {
    return Arguments.of(doc, List.of(sentences));
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        s("Maj. Gen. Pat Orrin said the U.S. would help.", "Maj. Gen. Pat Orrin said the U.S. would help."),
        s("Polls opened at 6 a.m. Long queues formed.", "Polls opened at 6 a.m.", "Long queues formed."),
        s("The deal was signed by Acme Corp. Analysts were surprised.", "The deal was signed by Acme Corp.",
            "Analysts were surprised."),
        s("The attack began at approximately 10 a.m. Monday, killing two.",
            "The attack began at approximately 10 a.m. Monday, killing two."),
        s("The vote is on Oct. 3 in Lisvan. Dec. 25 was quiet.", "The vote is on Oct. 3 in Lisvan.",
            "Dec. 25 was quiet."),
        s("Vol. 3 of the report lists approx. 300 sites.", "Vol. 3 of the report lists approx. 300 sites."),
        s("He met U.N. Secretary-General Ana Dorn in Lisvan.", "He met U.N. Secretary-General Ana Dorn in Lisvan."),
        s("The E.U. leaders met on Friday.", "The E.U. leaders met on Friday."),
        s("“This is a fact,” Kestrel said. “We will win.”", "“This is a fact,” Kestrel said.", "“We will win.”"),
        s("“Why now?” asked Dorn. “Because.”", "“Why now?” asked Dorn.", "“Because.”"),
        s("Kestrel, 54, said: “We won.” Then she left.", "Kestrel, 54, said: “We won.”", "Then she left."),
        s("The Rev. Tom Ash and Mrs. Ruud spoke.", "The Rev. Tom Ash and Mrs. Ruud spoke."),
        s("Lisvan, Dorvia (Wire) — Two drones hit the port.", "Lisvan, Dorvia (Wire) — Two drones hit the port."),
        s("Drones Hit Lisvan Port\nBy Ana Dorn, Lisvan correspondent\nUpdated Nov. 24, 2026 at 9:15 a.m. ET\n"
            + "Two drones hit the port on Monday.", "Drones Hit Lisvan Port", "By Ana Dorn, Lisvan correspondent",
            "Updated Nov. 24, 2026 at 9:15 a.m. ET", "Two drones hit the port on Monday."),
        s("Firefighters at the dock in Lisvan. (Photo: Ana Dorn)\nThe fire spread.",
            "Firefighters at the dock in Lisvan.", "(Photo: Ana Dorn)", "The fire spread."),
        s("• 300 homes lost power\n• Two bridges closed\n- Schools shut", "300 homes lost power",
            "Two bridges closed", "Schools shut"),
        s("It costs $3.5bn. That is a lot.", "It costs $3.5bn.", "That is a lot."),
        s("The 6.2-magnitude quake hit at 7:22 a.m. local time.", "The 6.2-magnitude quake hit at 7:22 a.m. local time."),
        s("Ms. Dorn (left) and Mr. Vell met in St. Anton.", "Ms. Dorn (left) and Mr. Vell met in St. Anton."),
        s("The plan was backed by Gov. Lena Sorrel and Sen. Rui Pascal.",
            "The plan was backed by Gov. Lena Sorrel and Sen. Rui Pascal."),
        s("He served in the U.S. Army for 20 years.", "He served in the U.S. Army for 20 years."),
        s("Talks stalled... Then a deal came.", "Talks stalled...", "Then a deal came."),
        s("Lt. Gen. Odo Farr, commander of the 3rd Corps, arrived Jan. 4.",
            "Lt. Gen. Odo Farr, commander of the 3rd Corps, arrived Jan. 4."),
        s("\"We are ready.\" That was the view of Defence Minister Tomas Vell.", "\"We are ready.\"",
            "That was the view of Defence Minister Tomas Vell."));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void splitsNewsText(String doc, List<String> expected) {
    List<Sentence> got = SentenceSplitter.split(doc);
    assertEquals(expected, got.stream().map(x -> doc.substring(x.start(), x.end())).toList(), doc);
    for (Sentence x : got) {
      for (Token t : x.tokens()) {
        assertEquals(t.text(), doc.substring(t.start(), t.end()), "token offsets");
        assertTrue(t.start() >= x.start() && t.end() <= x.end(), "token inside its sentence");
      }
    }
  }

  private static Arguments t(String text, String tokens) {
    return Arguments.of(text, tokens);
  }

  /** Text and its tokens joined by "|". */
  static Stream<Arguments> tokens() {
    return Stream.of(
        t("the U.S. and the U.N.", "the|U.S.|and|the|U.N."),
        t("at 7:22 a.m. local", "at|7:22|a.m.|local"),
        t("Maj. Gen. Pat Orrin", "Maj.|Gen.|Pat|Orrin"),
        t("on Jan. 5 and Sept. 12", "on|Jan.|5|and|Sept.|12"),
        t("11,000 troops and 1.2 million", "11,000|troops|and|1.2|million"),
        t("“We won,” Dorn said.", "“|We|won|,|”|Dorn|said|."),
        t("\"We won,\" Dorn said.", "\"|We|won|,|\"|Dorn|said|."),
        t("Dorvia’s army didn’t stop", "Dorvia’s|army|didn’t|stop"),
        t("a three-month, 52-48 vote", "a|three-month|,|52-48|vote"),
        t("Mr. Vell and Dr. Dorn", "Mr.|Vell|and|Dr.|Dorn"),
        t("at 5 p.m. ET", "at|5|p.m.|ET"),
        t("(Photo: Ana Dorn)", "(|Photo|:|Ana|Dorn|)"),
        t("No. 10 and No. 11", "No.|10|and|No.|11"),
        t("the army'll send", "the|army'll|send"));
  }

  @ParameterizedTest
  @MethodSource("tokens")
  void tokenizesNewsText(String text, String expected) {
    List<Token> tokens = Tokenizer.tokenize(text);
    assertEquals(expected, tokens.stream().map(Token::text).collect(Collectors.joining("|")), text);
    for (Token tok : tokens) {
      assertEquals(tok.text(), text.substring(tok.start(), tok.end()));
    }
  }
}
