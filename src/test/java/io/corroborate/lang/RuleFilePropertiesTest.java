package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Problem;
import io.corroborate.RuleSetException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: for any rule file, generated or mutated, parse → check → compile either yields a rule set
 * or rejects it with diagnostics that all point into the file; nothing else escapes. 10,000 files, a
 * fixed seed per file so a failure names the seed that reproduces it.
 */
class RuleFilePropertiesTest {
  private static final int FILES = 10_000;
  private static final String[] FRAGMENTS = {"(", ")", "{", "}", "|", "?", "*", "+", "...{0,3}", ":", ",", "\"",
      "=>", "/x(/", "value", "claim", "rule", "when", "then", "not", "agree", "%", "^", "$", "define", "=",
      "QUANTITY[area]", "99999999999", "\u0000", "\\", "#"};

  @Test
  void everyRuleFileCompilesOrIsRejectedWithLocatedDiagnostics() {
    int compiled = 0;
    int rejected = 0;
    Set<Integer> distinctAccepted = new HashSet<>();
    for (int seed = 0; seed < FILES; seed++) {
      String text = RuleFileGenerator.generate(seed);
      if (seed % 2 == 1) {
        text = mutate(text, new Random(seed));
      }
      String name = "generated-" + seed + ".claims";
      try {
        Corroborate.compileText(name, text);
        compiled++;
        distinctAccepted.add(text.hashCode());
      } catch (RuleSetException e) {
        rejected++;
        for (Problem p : e.problems()) {
          assertThat(p.file()).as("seed %d: %s", seed, p).isEqualTo(name);
          assertThat(p.line()).as("seed %d: %s", seed, p).isPositive();
          assertThat(p.column()).as("seed %d: %s", seed, p).isPositive();
          assertThat(p.code()).as("seed %d: a Drools error after a passing check is our bug%n%s", seed, text)
              .doesNotStartWith("K");
        }
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + " escaped with " + e + "\n" + text, e);
      }
    }
    assertThat(compiled + rejected).isEqualTo(FILES);
    assertThat(distinctAccepted.size()).as("the generator must produce valid files too").isGreaterThan(FILES / 20);
    assertThat(rejected).as("and the mutations invalid ones").isGreaterThan(FILES / 5);
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && out.length() > 1; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> out.insert(at, out.charAt(random.nextInt(out.length())));
        default -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(12)));
      }
    }
    return out.toString();
  }
}
