package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `test` runs the examples inside rule files; a broken example fails and names its line. */
class TestCommandTest {

  @Test
  void bundledRulesAndExamplesPass() {
    CheckCommandTest.Output output = CheckCommandTest.run("test", "rules", "examples");
    assertThat(output.exit()).as(output.out()).isZero();
    assertThat(output.out()).endsWith("0 failed\n").doesNotContain("FAIL");
    int passed = Integer.parseInt(output.out().strip().split(" ")[0]);
    assertThat(passed).isGreaterThanOrEqualTo(10);
  }

  @Test
  void shippedRuleFilesAreCanonicallyFormatted() {
    CheckCommandTest.Output output = CheckCommandTest.run("fmt", "--check", "rules", "examples");
    assertThat(output.exit()).as(output.out()).isZero();
  }

  @Test
  void aBrokenExampleFailsAndNamesItsLine(@TempDir Path dir) throws Exception {
    String rules = Files.readString(Path.of("examples/harbour/harbour.claims"))
        .replace("import \"../../rules/noise.claims\"", "")
        .replace("example \"Roughly 40 people were evacuated.\" => count ~ 40",
            "example \"Roughly 40 people were evacuated.\" => count ~ 50");
    Path file = dir.resolve("harbour.claims");
    Files.writeString(file, rules);
    int line = 1 + (int) rules.substring(0, rules.indexOf("count ~ 50")).chars().filter(c -> c == '\n').count();

    CheckCommandTest.Output output = CheckCommandTest.run("test", file.toString());

    assertThat(output.exit()).isEqualTo(1);
    assertThat(output.out()).contains(file + ":" + line + ":3: FAIL Evacuated")
        .contains("expected count ~ 50, found count = about 40 [38, 42]")
        .endsWith("5 passed, 1 failed\n");
  }

  @Test
  void anExampleWithNoClaimSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.claims");
    Files.writeString(file, """
        claim Injured() value count: QUANTITY {
          pattern count:QUANTITY "were" "injured"
          example "Nobody was hurt."
        }
        """);
    CheckCommandTest.Output output = CheckCommandTest.run("test", file.toString());
    assertThat(output.exit()).isEqualTo(1);
    assertThat(output.out()).contains(":3:3: FAIL Injured \"Nobody was hurt.\": no `Injured` claim found");
  }
}
