package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reporting hedges per sentence, and whether the sentence is attributed; both token shapes. */
class ReportingHedgesTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Troops reportedly crossed the river.", true, false),
        Arguments.of("The general allegedly ordered the strike.", true, false),
        Arguments.of("The video purportedly shows the crash.", true, false),
        Arguments.of("It is believed that 40 people died.", true, false),
        Arguments.of("The rebels are believed to hold the bridge.", true, false),
        Arguments.of("These claims could not be verified.", true, false),
        Arguments.of("Kestrel's claims were rejected by the court.", true, false),
        Arguments.of("Dorn said troops had reportedly withdrawn.", true, true),
        Arguments.of("Kestrel claims the video is fake.", false, true),
        Arguments.of("Kestrel believed the report.", false, true),
        Arguments.of("The bridge reopened on Monday.", false, false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void marksHedges(String doc, boolean hedged, boolean attributed) {
    for (boolean keep : AttributedDoc.SHAPES) {
      AttributedDoc d = AttributedDoc.of(doc, keep);
      assertEquals(hedged, d.attribution().hedged(0), d.describe(keep));
      assertEquals(attributed, d.attribution().attributed(0), d.describe(keep));
    }
  }
}
