package io.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.SourceEvidence;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Credit lines name an outlet; sentences that merely mention one, photo credits and people do not. */
class OutletInferenceTest {

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      © 2024 Example Times. All rights reserved.                                  | Example Times     | copyright
      Copyright © 2023 The Example Post, Inc. All Rights Reserved.                | The Example Post  | copyright
      Copyright The Example Ledger Limited 2015. All rights reserved.             | The Example Ledger | copyright
      (c) 2021-2024 Harbour Radio Ltd                                             | Harbour Radio     | copyright
      © Bayside Courier 2026                                                      | Bayside Courier   | copyright
      Copyright © 2026 U.S. Example News L.P. All rights reserved.                | U.S. Example News | copyright
      © 2024 Example Times - Terms of use - Privacy                               | Example Times     | copyright
      © 2024 The Associated Press. All rights reserved.                           | Associated Press  | copyright
      Example Herald's reporters contributed to this report.                      | Example Herald    | staff-credit
      Example Herald’s Ina Vos and Tom Roe contributed reporting from Port Alder. | Example Herald    | staff-credit
      XBN’s Ana Bell, Ivo Lund and Kai Moss contributed reporting                 | XBN               | staff-credit
      PORT ALDER (Reuters) - Twelve firefighters were hurt on Sunday.             | Reuters           | wire-dateline
      Nov. 3 (Bloomberg) -- Shares in ferry operators fell.                       | Bloomberg         | wire-dateline
      WASHINGTON (AP) — The harbour bill passed.                                  | Associated Press  | wire-dateline
      Port Alder, Westland (XBN) — The quay reopened.                             | XBN               | wire-dateline
      — The Associated Press                                                      | Associated Press  | sign-off
      -- Reuters                                                                  | Reuters           | sign-off
      —Harbour Radio News                                                         | Harbour Radio News | sign-off
      AFP contributed to this report.                                             | AFP               | wire-credit
      The Associated Press and Reuters contributed to this report.                | Associated Press  | wire-credit
      Information from Agence France-Presse was used in this report.              | AFP               | wire-credit
      """)
  void aCreditLineNamesTheOutlet(String line, String outlet, String kind) {
    Optional<OutletInference.Inferred> found = OutletInference.infer(line);

    assertThat(found).isPresent();
    assertThat(found.get().outlet()).isEqualTo(outlet);
    assertThat(found.get().evidence()).extracting(SourceEvidence::kind, SourceEvidence::line, SourceEvidence::text)
        .containsExactly(kind, 1, line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Reuters reported that twelve firefighters were hurt.",
      "A police source told AFP the quay would stay shut.",
      "The harbour master told The Associated Press: “We lost five warehouses.”",
      "©EPA",
      "© Getty Images 2024",
      "See our terms and Copyright Policy for more detail.",
      "Copyright 2019 by the author",
      "Credit: Ina Vos/Associated Press",
      "Cover photo: AFP PHOTO/EXAMPLE AGENCY",
      "Ina Vos contributed to this report.",
      "Ina Vos's colleagues contributed to this report.",
      "Ina Vos and Tom Roe contributed reporting.",
      "— Ina Vos",
      "His goals contributed to a league title.",
      "(Updated) - The council met again on Monday.",
      "PORT ALDER — The quay reopened on Monday.",
  })
  void otherLinesNameNoOutlet(String line) {
    assertThat(OutletInference.infer(line)).isEmpty();
  }

  @Test
  void aDatelineCountsOnlyAtTheTopAndASignOffOnlyAtTheBottom() {
    String dateline = "(Reuters) - The quay reopened.";
    String signOff = "— The Associated Press";
    String body = "One.\nTwo.\nThree.\nFour.\nFive.\n";

    assertThat(OutletInference.infer(body + dateline)).isEmpty();
    assertThat(OutletInference.infer(signOff + "\n" + body)).isEmpty();
    assertThat(OutletInference.infer("Headline\n\n" + dateline + "\n" + body)).map(OutletInference.Inferred::outlet)
        .hasValue("Reuters");
  }

  @Test
  void aWireStoryBelongsToTheWireEvenOnAnotherSite() {
    String text = "Quay reopens\n(Reuters) - The quay reopened on Monday.\nBoats left at noon.\n"
        + "Example Herald's Ina Vos contributed to this report.\n"
        + "© 2026 Example Herald. All rights reserved.";

    OutletInference.Inferred found = OutletInference.infer(text).orElseThrow();

    assertThat(found.outlet()).isEqualTo("Reuters");
    assertThat(found.evidence().line()).isEqualTo(2);
  }

  @Test
  void aCopyrightNoticeBeatsAStaffCreditAndTheLastNoticeWins() {
    String text = "Quay reopens\n© 2026 Ina Vos Photography\nThe quay reopened.\n"
        + "Harbour Radio's newsroom contributed to this report.\n"
        + "© 2026 Example Herald. All rights reserved.\nTerms of use";

    OutletInference.Inferred found = OutletInference.infer(text).orElseThrow();

    assertThat(found.outlet()).isEqualTo("Example Herald");
    assertThat(found.evidence()).extracting(SourceEvidence::kind, SourceEvidence::line)
        .containsExactly("copyright", 5);
    assertThat(text.substring(found.evidence().start(), found.evidence().end()))
        .isEqualTo("© 2026 Example Herald. All rights reserved.");
  }

  @Test
  void evidenceSpansTheLineWithoutItsIndentation() {
    String text = "Quay reopens\n\n   \u00a9 2026 Example Herald.  \nEnd.";

    SourceEvidence evidence = OutletInference.infer(text).orElseThrow().evidence();

    assertThat(evidence.line()).isEqualTo(3);
    assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo("\u00a9 2026 Example Herald.");
  }
}
