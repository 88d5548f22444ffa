package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole text layer over the shared corpora and checks structural invariants only (no
 * expectations about content): offsets in range, tokens ordered, non-overlapping, inside their
 * sentence, never on whitespace; mentions inside their sentence with sane intervals.
 *
 * <p>The corpora live next to the project ({@code ../shared/...}); the project directory comes
 * from system property {@code corroborate.projectDir}, env {@code CORROBORATE_PROJECT_DIR}
 * (set by surefire), or the working directory. A missing folder fails under {@code CI=true} and
 * is skipped otherwise.
 */
class CorpusInvariantsTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void seedsKeepInvariants() throws IOException {
    check(corpus("../shared/seeds"), StandardCharsets.UTF_8);
  }

  @Test
  void wikirefNewsKeepsInvariants() throws IOException {
    check(corpus("../shared/data/wikiref-news/WikiRef220"), WINDOWS_1252);
  }

  static Path corpus(String relative) {
    String dir = System.getProperty("corroborate.projectDir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("CORROBORATE_PROJECT_DIR");
    }
    if (dir == null || dir.isBlank()) {
      dir = System.getProperty("user.dir");
    }
    Path folder = Paths.get(dir).resolve(relative).normalize();
    if (!Files.isDirectory(folder)) {
      String message = "corpus folder not found: " + folder + " (set CORROBORATE_PROJECT_DIR)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return folder;
  }

  static List<String> read(Path folder, Charset charset) throws IOException {
    List<String> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        docs.add(new String(Files.readAllBytes(f), charset)); // replaces undecodable bytes
      }
    }
    return docs;
  }

  private static void check(Path folder, Charset charset) throws IOException {
    List<String> docs = read(folder, charset);
    assertFalse(docs.isEmpty(), "no files in " + folder);
    QuantityRecognizer quantities = new QuantityRecognizer();
    NameRecognizer names = new NameRecognizer();
    for (String doc : docs) {
      List<Sentence> sentences = SentenceSplitter.split(doc);
      SentenceSplitterTest.assertInvariants(doc, sentences);
      for (Sentence s : sentences) {
        List<Mention> mentions = new ArrayList<>(quantities.find(s));
        mentions.addAll(names.find(s));
        for (Mention m : mentions) {
          assertTrue(0 <= m.tokenStart() && m.tokenStart() < m.tokenEnd() && m.tokenEnd() <= s.tokens().size(),
              () -> "mention outside sentence: " + m);
          Quantity q = m.quantity();
          if (q != null) {
            assertTrue(q.low() <= q.point() && q.point() <= q.high() && !Double.isNaN(q.point()),
                () -> "bad interval " + q + " in: " + doc.substring(s.start(), s.end()));
          }
        }
      }
    }
  }
}
