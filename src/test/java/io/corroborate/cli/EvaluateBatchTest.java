package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.batch.HarbourLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} as a batch: many inputs, events kept apart, pipelines' exit codes, atomic output. */
class EvaluateBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RULES = "examples/harbour/harbour.claims";

  @TempDir
  Path dir;

  @Test
  void globsTakeMatchingFilesAtAnyDepth() throws IOException {
    write("news/top.json", HarbourLines.line("top", "Outlet A", "fire", 12));
    write("news/a/one.json", HarbourLines.line("one", "Outlet B", "fire", 12));
    write("news/a/b/two.json", HarbourLines.line("two", "Outlet C", "fire", 12));
    write("news/a/skip.txt", "12 firefighters were injured.");
    CliRun run = CliRun.run("evaluate", "--rules", RULES, "--input", dir + "/news/**/*.json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(ids(json(run.out()))).containsExactly("two", "one", "top"); // sorted by path

    CliRun none = CliRun.run("evaluate", "--rules", RULES, "--input", dir + "/news/**/*.html");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(json(none.out()).get("diagnostics").get(0).get("message").asText()).contains("no document matches");
  }

  @Test
  void standardInputIsReadAsJsonLinesAndBadLinesAreNamed() {
    String stdin = HarbourLines.line("a", "Outlet A", "fire", 12) + "\n{not json\n\n"
        + HarbourLines.line("b", "Outlet B", "fire", 12) + "\n";
    CliRun run = CliRun.withInput(stdin, "evaluate", "--rules", RULES, "--input", "-");
    assertThat(run.exit()).isEqualTo(2);
    JsonNode report = json(run.out());
    assertThat(ids(report)).containsExactly("a", "b");
    JsonNode bad = report.get("diagnostics").get(0);
    assertThat(bad.get("file").asText() + ":" + bad.get("line").asInt()).isEqualTo("stdin:2");
    assertThat(labels(report)).contains("Injured CORROBORATED");
  }

  @Test
  void eventsWithTheSameFiguresDoNotCorroborateAcrossGroups() throws IOException {
    Path input = write("two-events.jsonl", HarbourLines.line("north", "Outlet A", "north-pier", 12) + "\n"
        + HarbourLines.line("south", "Outlet B", "south-dock", 12) + "\n");
    CliRun together = CliRun.run("evaluate", "--rules", RULES, "--input", input.toString());
    assertThat(labels(json(together.out()))).contains("Injured CORROBORATED");

    CliRun grouped = CliRun.run("evaluate", "--rules", RULES, "--input", input.toString(), "--group-by", "event",
        "--format", "jsonl");
    assertThat(grouped.exit()).as(grouped.err()).isZero();
    List<String> verdicts = new ArrayList<>();
    for (String line : grouped.out().split("\n")) {
      JsonNode node = json(line);
      if (node.get("record").asText().equals("verdict")) {
        verdicts.add(node.get("event").asText() + " " + node.get("verdict").asText() + " " + node.get("id").asText());
      }
    }
    assertThat(verdicts).contains("north-pier SINGLE_SOURCE v1", "south-dock SINGLE_SOURCE v2")
        .noneMatch(v -> v.contains("CORROBORATED"));
    String[] lines = grouped.out().split("\n");
    assertThat(json(lines[lines.length - 1]).get("record").asText()).isEqualTo("summary");
  }

  @Test
  void foldersOfFoldersAreOneEventEach() throws IOException {
    write("events/north/a.json", HarbourLines.line("a", "Outlet A", "x", 12));
    write("events/south/b.json", HarbourLines.line("b", "Outlet B", "x", 12));
    CliRun run = CliRun.run("evaluate", "--rules", RULES, "--input", dir.resolve("events").toString());
    assertThat(labels(json(run.out()))).containsOnly("Injured SINGLE_SOURCE");
  }

  @Test
  void theOrderOfTheReportDoesNotDependOnThreads() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append(HarbourLines.line("d" + i, "Outlet " + (i % 7), "e" + (i % 3), 10 + i % 4)).append('\n');
    }
    Path input = write("many.jsonl", lines.toString());
    String one = CliRun.run("evaluate", "--rules", RULES, "-i", input.toString(), "--group-by", "event", "-t", "1").out();
    String four = CliRun.run("evaluate", "--rules", RULES, "-i", input.toString(), "--group-by", "event", "-t", "4").out();
    assertThat(one).contains("CONFLICTING").isEqualTo(four);
  }

  @Test
  void failOnALabelExitsThree() throws IOException {
    Path input = write("conflict.jsonl", HarbourLines.line("a", "Outlet A", "fire", 12) + "\n"
        + HarbourLines.line("b", "Outlet B", "fire", 30) + "\n");
    assertThat(CliRun.run("evaluate", "--rules", RULES, "-i", input.toString(), "--fail-on", "CONFLICTING").exit())
        .isEqualTo(3);
    assertThat(CliRun.run("evaluate", "--rules", RULES, "-i", input.toString(), "--fail-on", "DISPUTED").exit())
        .isZero();
  }

  @Test
  void outputFileIsReplacedWholeOrNotAtAll() throws IOException {
    Path input = write("one.jsonl", HarbourLines.line("a", "Outlet A", "fire", 12) + "\n");
    Path out = write("report.json", "the previous report\n");
    CliRun broken = CliRun.run("evaluate", "--rules", "examples/broken/harbour-typos.broken.claims",
        "-i", input.toString(), "-o", out.toString());
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("the previous report\n");

    CliRun ok = CliRun.run("evaluate", "--rules", RULES, "-i", input.toString(), "-o", out.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(json(Files.readString(out)).get("stats").get("documents").asInt()).isEqualTo(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.jsonl", "report.json");
    }
  }

  @Test
  void progressIsSilentWhenStandardErrorIsNotATerminal() throws IOException {
    Path input = write("one.jsonl", HarbourLines.line("a", "Outlet A", "fire", 12) + "\n");
    CliRun piped = CliRun.run("evaluate", "--rules", RULES, "-i", input.toString());
    assertThat(piped.err()).isEmpty();
    CliRun forced = CliRun.run("evaluate", "--rules", RULES, "-i", input.toString(), "--progress", "always");
    assertThat(forced.err()).contains("\r[", "1/1 documents");
  }

  @Test
  void structuredClaimsJoinTheDocumentsAndBadOnesAreNamed() throws IOException {
    Path docs = write("docs.jsonl", HarbourLines.line("a", "Outlet A", "fire", 12) + "\n");
    Path claims = write("claims.jsonl",
        "{\"kind\": \"Injured\", \"key\": {\"group\": \"fire fighters\"}, \"value\": 12, \"source\": \"Wire\"}\n"
        + "{\"kind\": \"Injurd\", \"value\": \"3\", \"source\": \"Wire\"}\n");
    CliRun run = CliRun.run("evaluate", "--rules", RULES, "-i", docs.toString(), "--claims", claims.toString());
    assertThat(run.exit()).isEqualTo(2);
    JsonNode report = json(run.out());
    JsonNode injured = report.get("verdicts").get(0);
    assertThat(injured.get("verdict").asText()).isEqualTo("CORROBORATED");
    assertThat(injured.get("attributions").findValuesAsText("source")).containsExactlyInAnyOrder("Outlet A", "Wire");
    JsonNode diagnostic = report.get("diagnostics").get(0);
    assertThat(diagnostic.get("code").asText()).isEqualTo("X004");
    assertThat(diagnostic.get("file").asText()).endsWith("claims.jsonl:2");
    assertThat(diagnostic.get("message").asText()).contains("unknown claim kind `Injurd`", "Injured");
  }

  @Test
  void htmlIsOneSelfContainedPageWithEveryVerdict(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.run("evaluate", "--rules", RULES, "-i", "examples/harbour/reports", "--format", "html",
        "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<mark").doesNotContain("<script src", "<link rel=\"stylesheet\"");
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.run("evaluate", "--help");
    assertThat(run.out()).contains("Exit codes: 0 ok", "2 some documents", "3 a", "--group-by", "--threads");
  }

  private Path write(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  /** A JSON report, checked against the report contract on the way. */
  private static JsonNode json(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node.has("schemaVersion") && !node.has("record")) { // a report, not a jsonl summary line
        io.corroborate.ReportContract.assertValid(text);
      }
      return node;
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static List<String> ids(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("documents").forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }

  private static List<String> labels(JsonNode report) {
    List<String> labels = new ArrayList<>();
    report.get("verdicts").forEach(v -> labels.add(v.get("claim").asText() + " " + v.get("verdict").asText()));
    return labels;
  }
}
