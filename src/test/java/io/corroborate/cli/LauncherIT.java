package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/corroborate and its class-data-sharing archive: written on the first run, used afterwards, and a
 * damaged or truncated archive never changes what a run prints (it is skipped or replaced).
 */
class LauncherIT {
  @TempDir
  Path cache;

  record Run(int exit, String out, String err) {}

  private Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("sh", "bin/corroborate"), Stream.of(args)).toList());
    builder.environment().put("CORROBORATE_CACHE_DIR", cache.toString());
    builder.environment().remove("CORROBORATE_NO_CDS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished in time").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private List<Path> archives() throws IOException {
    Path folder = cache.resolve("cds");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  private void assertCleanVersion(Run run) {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).as("only the version on stdout, no CDS messages").matches("corroborate \\S+\\R");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theFirstRunWritesTheArchiveAndLaterRunsUseIt() throws Exception {
    assertCleanVersion(run(Map.of(), "--version"));
    List<Path> written = archives();
    assertThat(written).hasSize(1);
    assertCleanVersion(run(Map.of(), "--version"));
    assertThat(archives()).isEqualTo(written);
  }

  @Test
  void aTruncatedArchiveIsDroppedAndTheRunStillWorks() throws Exception {
    run(Map.of(), "--version");
    Path archive = archives().get(0);
    archive.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(archive);
    Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 3));

    assertCleanVersion(run(Map.of(), "--version"));
    assertThat(archives()).as("the truncated archive was replaced by a whole one").singleElement()
        .satisfies(p -> assertThat(Files.size(p)).isGreaterThan(bytes.length / 3));
  }

  @Test
  void anArchiveWithDamagedContentIsIgnored() throws Exception {
    run(Map.of(), "--version");
    Path archive = archives().get(0);
    archive.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(archive);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] ^= 0x5a;
    }
    Files.write(archive, bytes);

    assertCleanVersion(run(Map.of(), "--version"));
  }

  @Test
  void sharingCanBeTurnedOff() throws Exception {
    assertCleanVersion(run(Map.of("CORROBORATE_NO_CDS", "1"), "--version"));
    assertThat(archives()).isEmpty();
  }
}
