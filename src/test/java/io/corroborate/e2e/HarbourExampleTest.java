package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Golden;
import io.corroborate.Report;
import io.corroborate.ReportContract;
import io.corroborate.RuleSet;
import io.corroborate.cli.Main;
import io.corroborate.input.DocumentReader;
import io.corroborate.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example, run exactly as the README shows it: the library and the CLI both produce the
 * expected report stored beside the example.
 */
class HarbourExampleTest {
  private static final Path EXAMPLE = Path.of("examples/harbour");
  private static final Path EXPECTED = EXAMPLE.resolve("expected-report.json");

  @Test
  void libraryProducesTheExpectedReport() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(EXAMPLE));
    DocumentReader.Result input = Corroborate.readDocuments(List.of(EXAMPLE.resolve("reports")));
    Report report = rules.evaluate(input.documents(), input.problems());
    String json = ReportJson.write(report);
    ReportContract.assertValid(json);
    Golden.assertMatches(EXPECTED, json);
  }

  @Test
  void cliWritesTheSameReportToAFile(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("report.json");
    int exit = Main.run("evaluate", "--rules", EXAMPLE.toString(), "--input", EXAMPLE.resolve("reports").toString(),
        "--format", "json", "--out", out.toString());
    assertThat(exit).isZero();
    ReportContract.assertValid(Files.readString(out));
    assertThat(Files.readString(out)).isEqualTo(Files.readString(EXPECTED));
  }

  @Test
  void theExampleShowsEveryPhenomenonItPromises() throws Exception {
    ReportContract.assertValid(Files.readString(EXPECTED));
    Report report = ReportJson.read(Files.readString(EXPECTED));
    assertThat(report.verdicts()).extracting(v -> v.claim() + ":" + v.verdict() + ":" + v.speaker()).contains(
        "Injured:CORROBORATED:null",          // "Twelve" and "12"
        "Evacuated:CORROBORATED:null",        // "Roughly 40", "About 45", "Nearly 40": hedges, no false alarm
        "Destroyed:DISPUTED:null",            // two speakers disagree
        "Destroyed:CORROBORATED:Dana Reyes",  // ... each reported consistently
        "Destroyed:CORROBORATED:Tomas Okafor",
        "Duration:CONFLICTING:null",          // the outlets themselves disagree
        "Damaged:SINGLE_SOURCE:null");
    assertThat(report.findings()).extracting(f -> f.type()).contains(
        "UNRELATED_LINE", "AUTHOR_BIO", "COPYRIGHT", "EDITORIAL");
    assertThat(report.claims()).noneMatch(c -> report.findings().stream()
        .anyMatch(f -> f.document().equals(c.document()) && c.start() < f.end() && f.start() < c.end()));
  }

  @Test
  void textFormatIsReadable() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      int exit = Main.run("evaluate", "--rules", EXAMPLE.toString(), "--input", EXAMPLE.resolve("reports").toString(),
          "--format", "text");
      assertThat(exit).isZero();
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("DISPUTED  Destroyed {what=warehouses}", "rule: builtin DISPUTED", "\"destroyed five warehouses\"");
  }
}
