package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.check.Agreement;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in verdict of a key from who said which figure where. A claim is "source:speaker=figure" (speaker
 * "-" for the outlet's own assertion); hedges are "figure+" (at least).
 */
class SummariesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a:-=8, b:-=8                                  | CORROBORATED
      a:-=8, b:-=7                                  | CONFLICTING
      a:police=8, b:police=8                        | CORROBORATED
      a:police=8, b:mayor=7, c:mayor=7              | DISPUTED
      a:police=8, a:mayor=7, b:governor=7           | DISPUTED
      a:police=8, b:mayor=7                         | CONFLICTING
      a:police=8, b:agency=8, c:official=7, d:officials=7 | CONFLICTING
      a:police=8, b:police=8, c:mayor=7, d:-=7      | CONFLICTING
      a:president=127+, b:president=130+            | CONFLICTING
      a:president=352, b:president=352+             | CORROBORATED
      a:-=127+, b:-=130+                            | CORROBORATED
      a:-=5                                         | SINGLE_SOURCE
      a:-=5, a:-=9                                  | SINGLE_SOURCE
      """)
  void verdictFollowsWhoDisagrees(String claims, String expected) {
    List<ClaimFact> facts = new ArrayList<>();
    for (String spec : claims.split(",")) {
      facts.add(claim(facts.size() + 1, spec.trim()));
    }
    KeyFact key = new KeyFact("Casualties", "harm=killed", 0);
    assertThat(Summaries.key(key, facts, Agreement.overlap(0), false).builtinVerdict()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> speaker verdicts {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a:mayor=8, b:mayor=7                  | false
      a:mayor=8, b:mayor=7, c:-=8           | true
      a:mayor=8, b:police=7, c:police=7     | true
      a:mayor=8, b:mayor=8                  | false
      """)
  void aSpeakerGetsAVerdictOfItsOwnOnlyBesideOthers(String claims, boolean expected) {
    List<ClaimFact> facts = new ArrayList<>();
    for (String spec : claims.split(",")) {
      facts.add(claim(facts.size() + 1, spec.trim()));
    }
    KeyFact key = new KeyFact("Casualties", "harm=killed", 0);
    assertThat(Summaries.key(key, facts, Agreement.overlap(0), false).wantsSpeakerVerdicts()).isEqualTo(expected);
  }

  private static ClaimFact claim(int id, String spec) {
    String source = spec.substring(0, spec.indexOf(':'));
    String speaker = spec.substring(spec.indexOf(':') + 1, spec.indexOf('='));
    String figure = spec.substring(spec.indexOf('=') + 1);
    boolean atLeast = figure.endsWith("+");
    double point = Double.parseDouble(atLeast ? figure.substring(0, figure.length() - 1) : figure);
    ClaimFact f = new ClaimFact();
    f.setId(id);
    f.setSource(source);
    f.setSpeaker(speaker.equals("-") ? null : speaker);
    f.setPoint(point);
    f.setLow(point);
    f.setHigh(atLeast ? Double.POSITIVE_INFINITY : point);
    f.setUnit("");
    f.setCanonical(figure);
    return f;
  }
}
