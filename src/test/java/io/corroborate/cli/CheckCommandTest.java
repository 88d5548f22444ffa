package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `check` as a rule author meets it: the broken example's output, JSON form, and a clean file. */
class CheckCommandTest {
  record Output(int exit, String out) {}

  static Output run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Output(exit, buffer.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void brokenExampleExplainsEveryMistake() throws Exception {
    Output output = run("check", "--rules", "examples/broken/harbour-typos.broken.claims");
    assertThat(output.exit()).isEqualTo(1);
    Golden.assertMatches(Path.of("examples/broken/check-output.txt"), output.out());
  }

  @Test
  void jsonCarriesCodeMessageSpanAndHelp() throws Exception {
    Output output = run("check", "--rules", "examples/broken/harbour-typos.broken.claims", "--format", "json");
    assertThat(output.exit()).isEqualTo(1);
    JsonNode problems = new ObjectMapper().readTree(output.out());
    assertThat(problems.size()).isEqualTo(9);
    JsonNode first = problems.get(0);
    assertThat(first.get("code").asText()).isEqualTo("C001");
    assertThat(first.get("file").asText()).isEqualTo("examples/broken/harbour-typos.broken.claims");
    assertThat(first.get("line").asInt()).isEqualTo(8);
    assertThat(first.get("column").asInt()).isEqualTo(62);
    assertThat(first.get("help").asText()).isEqualTo("did you mean `Places`?");
  }

  @Test
  void cleanRulesPass() {
    Output output = run("check", "--rules", "examples/harbour");
    assertThat(output.exit()).isZero();
    assertThat(output.out()).isEqualTo("ok\n");
  }

  @Test
  void usageErrorsExitOne() {
    assertThat(run("evaluate").exit()).isEqualTo(1);
    assertThat(run("no-such-command").exit()).isEqualTo(1);
  }
}
