package io.corroborate.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/** Counts the documents of the inputs ahead of a run (JSONL: its non-blank lines), for an ETA. */
final class DocumentCount {
  private DocumentCount() {}

  /** The count, or -1 when it cannot be known ahead (standard input). */
  static long of(List<InputSource> sources) {
    long total = 0;
    for (InputSource source : sources) {
      if (source.stdin()) {
        return -1;
      }
      total += source.jsonLines() ? nonBlankLines(source) : 1;
    }
    return total;
  }

  private static long nonBlankLines(InputSource source) {
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(source.path())) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 0; // the run itself reports the file it cannot read
    }
    return lines + (content ? 1 : 0);
  }
}
