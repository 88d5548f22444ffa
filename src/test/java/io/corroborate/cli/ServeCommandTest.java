package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `serve` refuses to start on rules with errors, saying why, instead of serving nothing. */
class ServeCommandTest {

  @Test
  void invalidRulesStopTheServiceFromStarting() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = Main.run("serve", "--rules", "examples/broken/harbour-typos.broken.claims", "--port", "0");
    } finally {
      System.setErr(original);
    }
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error[C001]")
        .contains("not serving: the rule files have errors");
  }

  @Test
  void helpNamesTheEndpointsAndTheLoopbackDefault() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Main.run("serve", "--help");
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("POST /v1/evaluate", "127.0.0.1", "--port");
  }
}
