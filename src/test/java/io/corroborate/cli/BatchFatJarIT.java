package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.batch.HarbourLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large batch through the fat jar in a small heap: 10,000 JSONL documents, ten of them malformed,
 * in 256 MB. Memory must grow with the claims kept, not with the text read, and a bad line must be
 * named and skipped while the batch goes on.
 */
class BatchFatJarIT {
  private static final int DOCUMENTS = 10_000;
  private static final int EVENT_SIZE = 20;

  @TempDir
  Path dir;

  @Test
  void tenThousandDocumentsWithTenBadLinesIn256Megabytes() throws Exception {
    Path input = dir.resolve("wire.jsonl");
    List<Integer> badLines = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < DOCUMENTS; i++) {
        if (i % 1000 == 500) {
          out.write("{\"id\": \"broken-" + i + "\", \"text\": \n"); // cut off mid-object
          badLines.add(i + 1);
          continue;
        }
        int event = i / EVENT_SIZE;
        int injured = 10 + event % 5 + (i % EVENT_SIZE == 7 ? 3 : 0); // one outlet per event disagrees
        out.write(HarbourLines.line(String.format("doc-%05d", i), "Outlet " + i % EVENT_SIZE,
            String.format("event-%03d", event), injured));
        out.write('\n');
      }
    }
    Path report = dir.resolve("report.json");
    Run run = run("evaluate", "--rules", "examples/harbour/harbour.claims", "--input", input.toString(),
        "--group-by", "event", "--out", report.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).as("no progress bar when standard error is a file").isEmpty();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("documents").size()).isEqualTo(DOCUMENTS - badLines.size());
    assertThat(json.get("stats").get("documents").asInt()).isEqualTo(DOCUMENTS - badLines.size());
    List<String> named = new ArrayList<>();
    json.get("diagnostics").forEach(d -> named.add(d.get("code").asText() + " " + d.get("file").asText() + ":"
        + d.get("line").asInt()));
    assertThat(named).containsExactlyElementsOf(badLines.stream().map(n -> "X002 " + input + ":" + n).toList());
    List<String> keyVerdicts = new ArrayList<>();
    json.get("verdicts").forEach(v -> {
      if (v.get("speaker").isNull()) {
        keyVerdicts.add(v.get("verdict").asText());
      }
    });
    assertThat(keyVerdicts).as("one verdict per event, where one outlet disagrees")
        .hasSize(DOCUMENTS / EVENT_SIZE).containsOnly("CONFLICTING");
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", "target/corroborate.jar"));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the batch did not finish in 15 minutes");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
