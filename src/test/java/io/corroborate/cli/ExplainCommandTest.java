package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `explain` shows how a sentence became a claim, and which rule made the verdict that uses it. */
class ExplainCommandTest {

  @Test
  void seed004ShowsTheAreaSentenceBecomingAClaimAndItsVerdict() {
    Path seeds = SharedData.require("seeds");
    String doc = "004_3d6b6fc75f30831d";
    CheckCommandTest.Output output = CheckCommandTest.run("explain", "--rules", "examples/kursk",
        "--input", seeds.toString(), "--document", doc);
    assertThat(output.exit()).isZero();
    String text = output.out();
    String sentence = text.substring(text.indexOf("sentence 14,"), text.indexOf("\n\n", text.indexOf("sentence 14,")));
    assertThat(sentence)
        .contains("300 square miles")
        .contains("speaker: Ukrainian army source")
        .contains("QUANTITY \"some 300 square miles\" = approximately 300 mi2 [285, 315]")
        .contains("match: AreaHeld pattern at examples/kursk/kursk.claims:")
        .contains("area = \"some 300 square miles\" → approximately 300 mi2 [285, 315]")
        .contains("claim AreaHeld {place=kursk} = about 300 mi2, speaker Ukrainian army source → a fact for the rules");
    assertThat(text).contains("builtin CONFLICTING\n      summary of AreaHeld {place=kursk}: 2 claims, 2 sources")
        .contains("v1 CONFLICTING AreaHeld {place=kursk} (rule: builtin CONFLICTING)");
  }

  @Test
  void nearMissesSayWhyASentenceDidNotBecomeAClaim() {
    CheckCommandTest.Output output = CheckCommandTest.run("explain", "--rules", "examples/harbour",
        "--input", "examples/harbour/reports", "--document", "radio-0413");
    assertThat(output.exit()).isZero();
    assertThat(output.out())
        .contains("match: Injured pattern at examples/harbour/harbour.claims:")
        .contains("near miss: ")
        .contains("Rules that fired on this document's sentences, claims and keys")
        .contains("builtin speaker CORROBORATED");
  }

  @Test
  void severalDocumentsNeedAChoice() {
    CheckCommandTest.Output output = CheckCommandTest.run("explain", "--rules", "examples/harbour",
        "--input", "examples/harbour/reports");
    assertThat(output.exit()).isEqualTo(1);
  }
}
