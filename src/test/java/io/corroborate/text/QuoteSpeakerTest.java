package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who each quote belongs to, and which sentences end up attributed; both token shapes. */
class QuoteSpeakerTest {

  private static Arguments c(String doc, String speakers, String attributed) {
    return Arguments.of(doc, speakers, attributed);
  }

  /**
   * Document; quote speaker names in order, "-" for none, separated by " | "; per sentence "A" when
   * attributed, "-" when not.
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        // cue right after the closing mark
        c("\"We will rebuild,\" Kestrel said.", "Kestrel", "A"),
        c("“We will rebuild,” said Mara Kestrel.", "Mara Kestrel", "A"),
        c("\"We will rebuild,\" Ana Dorn told reporters in Lisvan.", "Ana Dorn", "A"),
        c("Mara Kestrel visited the port on Monday.\n\"We will rebuild,\" she added.", "Mara Kestrel", "-A"),
        c("“Dorvia’s army won’t stop,” the Valdorian army’s spokesperson said.", "Valdorian army’s spokesperson", "A"),
        c("\"We will stay,\" according to a statement from the Lisvan council.", "Lisvan council", "A"),
        // cue before the opening mark
        c("Kestrel said: “We will rebuild.”", "Kestrel", "A"),
        c("Kestrel said, \"We will rebuild.\"", "Kestrel", "A"),
        c("Kestrel said the deal was a \"historic step\" for Dorvia.", "Kestrel", "A"),
        c("Dorn said in a statement: \"The border stays shut.\"", "Dorn", "A"),
        // several sentences and paragraphs in one quote
        c("\"The port is open. Ships are moving. Trade will recover,\" Ana Dorn told reporters.", "Ana Dorn", "AAA"),
        c("“The port is open. Ships are moving.\n“Trade will recover,” Dorn said.", "Dorn", "AAA"),
        c("\"First point.\n\n\"Second point.\n\n\"Third point,\" Vell said.", "Vell", "AAA"),
        c("Dorn told the crowd: \"We will win. We always do.\"", "Dorn", "AA"),
        // split, repeated and nested quotes
        c("\"We are ready,\" Kestrel said, \"and we will not wait.\"", "Kestrel | Kestrel", "A"),
        c("\"We are ready,\" Kestrel said. \"We are not,\" Dorn said.", "Kestrel | Dorn", "AA"),
        c("\"They called it 'a lie,' and it was,\" Vell said.", "Vell", "A"),
        c("“He called it “theft” outright,” Dorn said.", "Dorn", "A"),
        // a quote alone on its line
        c("Mara Kestrel spoke in Lisvan on Monday.\n\"We will not retreat.\"\nKestrel said the army was ready.",
            "Mara Kestrel", "-AA"),
        c("Ana Dorn spoke in Lisvan.\n“We will not retreat.”\nShe said the army was ready.", "Ana Dorn", "-AA"),
        c("Ana Dorn told the crowd:\n\"We will win.\"", "Ana Dorn", "AA"),
        c("The crowd heard Tomas Vell, who said\n\"We will win.\"", "Tomas Vell", "AA"),
        c("Mara Kestrel spoke in Lisvan on Monday.\n\"We will not retreat.\"\nHe did not explain the plan.", "-", "---"),
        c("Mara Kestrel spoke in Lisvan on Monday.\n\"We will not retreat.\"\nThe crowd cheered.", "-", "---"),
        // no speaker
        c("The deal was called a \"historic step\" by many.", "-", "-"),
        c("\"Officials said nothing to us,\" residents complained.", "-", "-"),
        c("The word \"ceasefire\" appeared twice.", "-", "-"),
        // a pronoun that stays unresolved still attributes, with no name
        c("\"We will stay,\" he said.", "-", "A"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void assignsQuoteSpeakers(String doc, String speakers, String attributed) {
    for (boolean keep : AttributedDoc.SHAPES) {
      AttributedDoc d = AttributedDoc.of(doc, keep);
      String got = d.attribution().quotes().stream()
          .map(q -> q.speaker() == null ? "-" : q.speaker().name()).collect(Collectors.joining(" | "));
      assertEquals(speakers, got, d.describe(keep));
      String flags = IntStream.range(0, d.sentences().size())
          .mapToObj(i -> d.attribution().attributed(i) ? "A" : "-").collect(Collectors.joining());
      assertEquals(attributed, flags, d.describe(keep));
    }
  }
}
