package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated rule files (characters deleted, duplicated, swapped, tokens dropped) go through parse,
 * check and compile: nothing escapes as an exception, and every rejection is located in the file.
 * A fixed seed keeps failures reproducible.
 */
class MutatedRuleFilesTest {
  private static final int CASES = 200;
  private static final String[] FRAGMENTS = {"(", ")", "{", "}", "|", "?", "*", "+", "...{0,3}", ":", ",", "\"",
      "=>", "/x(/", "value", "claim", "rule", "when", "then", "not", "agree", "%", "QUANTITY[area]", "99999999999"};

  @Test
  void noMutationEscapesAsAnException() throws Exception {
    String base = Files.readString(Path.of("examples/harbour/harbour.claims"))
        .replace("import \"../../rules/news.claims\"", "");
    Random random = new Random(20261123);
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      String mutated = mutate(base, random);
      try {
        Corroborate.compileText("mutant-" + i + ".claims", mutated);
      } catch (RuleSetException e) {
        rejected++;
        int mutant = i;
        assertThat(e.problems()).as("mutant %d:%n%s", mutant, mutated).isNotEmpty()
            .allSatisfy(p -> assertThat(p.line()).as("problem %s in mutant %d", p, mutant).isPositive());
      }
    }
    assertThat(rejected).as("most mutants are wrong somewhere").isGreaterThan(CASES / 2);
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> out.insert(at, out.charAt(random.nextInt(out.length())));
        default -> {
          int end = Math.min(out.length(), at + 1 + random.nextInt(12));
          out.delete(at, end);
        }
      }
    }
    return out.toString();
  }
}
