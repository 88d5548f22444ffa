package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Claim;
import io.corroborate.Corroborate;
import io.corroborate.Document;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overlapping matches in one sentence: the longest wins, then the higher priority, then file order. */
class OverlapResolutionTest {

  @ParameterizedTest(name = "{0} / {1} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      count:QUANTITY "people" "were" "hurt"  | count:QUANTITY "people" "were"                | 20 people were hurt. | A
      count:QUANTITY "people" "were"         | count:QUANTITY "people" "were" "hurt"         | 20 people were hurt. | B
      count:QUANTITY "people" "were" Word    | count:QUANTITY "people" "were" "hurt"         | 20 people were hurt. | A
      count:QUANTITY "people" "were" Word    | count:QUANTITY "people" "were" "hurt" priority 2 | 20 people were hurt. | B
      count:QUANTITY "people" "were" Word priority 3 | count:QUANTITY "people" "were" "hurt" priority 2 | 20 people were hurt. | A
      count:QUANTITY "people"                | "were" "hurt"? count:QUANTITY                 | They were hurt 20 people. | B
      """)
  void preferenceIsLengthThenPriorityThenFileOrder(String patternA, String patternB, String text, String winner)
      throws Exception {
    String rules = "claim A() value count: QUANTITY {\n  pattern " + patternA + "\n}\n"
        + "claim B() value count: QUANTITY {\n  pattern " + patternB + "\n}\n";
    List<Claim> claims = Corroborate.compileText("overlap.claims", rules)
        .evaluate(List.of(Document.of("d", text))).claims();
    assertThat(claims).extracting(Claim::kind).containsExactly(winner);
  }
}
