package io.corroborate.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.input.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of a batch run that the command-line tests cannot reach: failures mid-write, the bar's text, line decoding. */
class BatchPartsTest {
  @TempDir
  Path dir;

  @Test
  void aFailureWhileWritingLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("report.json"), "old\n");
    assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
      out.write("{\"half\": ");
      out.flush();
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    AtomicOutput.write(target, out -> out.write("new\n"));
    assertThat(Files.readString(target)).isEqualTo("new\n");
  }

  @Test
  void theBarShowsRateAndEtaWhenTheTotalIsKnown() {
    long[] now = {0};
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), 100, () -> now[0]);
    for (int i = 0; i < 25; i++) {
      now[0] += 100_000_000L; // 10 documents a second
      progress.documentDone();
    }
    assertThat(progress.line(now[0])).isEqualTo("[======>                 ] 25/100 documents  10/s  ETA 0:08");
    assertThat(new Progress(new PrintWriter(text), -1, () -> now[0]).line(now[0])).startsWith("0 documents");
    assertThat(text.toString()).startsWith("\r[");
  }

  @Test
  void jsonLinesNumberLinesCountingBlankOnesAndDecodeEachLineOnItsOwn() {
    byte[] bytes = "{\"a\": 1}\r\n\n{\"b\": \"caf\u00e9\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] latin = {'{', '"', 'c', '"', ':', ' ', '"', 'c', 'a', 'f', (byte) 0xE9, '"', '}'};
    byte[] all = new byte[bytes.length + latin.length];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(latin, 0, all, bytes.length, latin.length);
    List<String> lines = new ArrayList<>();
    new JsonLines(new ByteArrayInputStream(all)).forEachRemaining(l -> lines.add(l.number() + " " + l.text() + " " + l.fallback()));
    assertThat(lines).containsExactly("1 {\"a\": 1} false", "3 {\"b\": \"caf\u00e9\"} false", "4 {\"c\": \"caf\u00e9\"} true");
  }
}
