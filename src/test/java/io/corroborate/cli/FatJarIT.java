package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.ReportContract;
import io.corroborate.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar in a fresh JVM, outside Maven's class path, as a user would: proof that Drools'
 * service files were merged and the rule base builds from the fat jar alone.
 */
class FatJarIT {
  private static final Path JAR = Path.of("target/corroborate.jar");

  record Run(int exit, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("corroborate-out", ".txt");
    Path err = Files.createTempFile("corroborate-err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jar finished in time").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void evaluatesTheKurskSeedsFromTheFatJar() throws Exception {
    Path seeds = SharedData.require("seeds");
    Run run = run("evaluate", "--rules", "examples/kursk", "--input", seeds.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    ReportContract.assertValid(run.out());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    List<String> labels = new ArrayList<>();
    report.get("verdicts").forEach(v -> labels.add(v.get("claim").asText() + ":" + v.get("verdict").asText()));
    assertThat(labels).contains("AreaHeld:CONFLICTING", "Casualties:SINGLE_SOURCE", "TroopCount:CORROBORATED");
  }

  @Test
  void checkReportsEveryMistakeAndExitsOne() throws Exception {
    Run run = run("check", "--rules", "src/test/resources/golden/check/several-mistakes.claims");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("error[P001]", "error[C001]", "error[C003]", "error[C005]");
  }

  @Test
  void versionAndHelp() throws Exception {
    assertThat(run("--version").out()).startsWith("corroborate 0.1.0");
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("evaluate", "check", "Exit codes");
  }
}
