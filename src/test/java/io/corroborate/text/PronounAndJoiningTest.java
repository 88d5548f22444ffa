package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pronoun subjects and bare surnames resolved within one document; both token shapes. */
class PronounAndJoiningTest {

  private static Arguments c(String doc, int sentence, String surface, String name, boolean resolved) {
    return Arguments.of(doc, sentence, surface, name, resolved);
  }

  /** Document, sentence index, expected surface and name (null: none), whether it is a resolved pronoun. */
  static Stream<Arguments> cases() {
    return Stream.of(
        c("Mara Kestrel visited Lisvan on Monday. She said the port would reopen.", 1, "She", "Mara Kestrel", true),
        c("Ana Dorn spoke to farmers.\nShe said prices would rise.", 1, "She", "Ana Dorn", true),
        c("Ana Dorn spoke to farmers.\n\nShe said prices would rise.", 1, "She", "Ana Dorn", true),
        c("President Ilse Marrow arrived in Lisvan. She said the visit was short.", 1, "She", "Ilse Marrow", true),
        c("Tomas Vell said the talks with Ana Dorn went well. He added that a deal was near.", 1, "He", "Tomas Vell", true),
        c("The Dorvian army said drones hit the port. It added that two soldiers died.", 1, "It", "Dorvian army", true),
        c("Valdorian officials said the border was shut. They added that trade had stopped.", 1, "They",
            "Valdorian officials", true),
        c("Dorvian President Mara Kestrel arrived. But Kestrel fears unrest.\nHe said the army was ready.", 2, "He",
            "Mara Kestrel", true),
        // ambiguous or out of reach: attributed, but no speaker
        c("Kestrel met Ana Dorn and Tomas Vell. He said the talks went well.", 1, null, null, false),
        c("Ana Dorn spoke.\nPrices rose.\nShe said the harvest failed.", 2, null, null, false),
        c("Tomas Vell said prices rose. Ana Dorn said they fell. She added that wages fell too.", 2, null, null, false),
        c("Valdorian officials said the border was shut. He added that trade had stopped.", 1, null, null, false),
        // bare surnames joined to the document's full name
        c("Dorvian President Mara Kestrel arrived on Monday. Kestrel said the talks failed.", 1, "Kestrel",
            "Mara Kestrel", false),
        c("Drones hit port, Kestrel says\nMara Kestrel said on Monday that the port was closed.", 0, "Kestrel",
            "Mara Kestrel", false),
        c("Jon Kestrel spoke first. Later Mara Kestrel arrived. Kestrel said the talks failed.", 2, "Kestrel",
            "Mara Kestrel", false),
        c("The Halden Courier reported the fire. The Courier said two people died.", 1, "The Courier",
            "Halden Courier", false),
        c("Mr. Vell arrived. Tomas Vell's aide said the trip was short. Vell said it was long.", 2, "Vell",
            "Tomas Vell", false),
        c("Kestrel said the talks failed.", 0, "Kestrel", "Kestrel", false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void resolves(String doc, int sentence, String surface, String name, boolean resolved) {
    for (boolean keep : AttributedDoc.SHAPES) {
      AttributedDoc d = AttributedDoc.of(doc, keep);
      Speaker speaker = d.attribution().sentenceSpeaker(sentence);
      assertEquals(true, d.attribution().attributed(sentence), d.describe(keep));
      if (surface == null) {
        assertNull(speaker, d.describe(keep));
      } else {
        assertEquals(surface, speaker == null ? null : speaker.surface(), d.describe(keep));
        assertEquals(name, speaker.name(), d.describe(keep));
        assertEquals(resolved, speaker.resolved(), d.describe(keep));
      }
    }
  }
}
