package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs attribution over the shared seed articles and checks invariants only (no expected speakers). */
class AttributionSeedSmokeTest {

  private static Path seeds() {
    String dir = System.getenv("CORROBORATE_PROJECT_DIR");
    Path project = dir == null || dir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(dir);
    return project.resolve("../shared/seeds").normalize();
  }

  @Test
  void seedArticlesKeepTheInvariants() throws IOException {
    Path seeds = seeds();
    if (!Files.isDirectory(seeds)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("seed folder missing: " + seeds);
      }
      Assumptions.abort("seed folder not found at " + seeds + "; set CORROBORATE_PROJECT_DIR to run this test");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    Assumptions.assumeFalse(files.isEmpty(), "no seed files in " + seeds);
    for (Path file : files) {
      String doc = Files.readString(file, StandardCharsets.UTF_8);
      for (boolean keep : AttributedDoc.SHAPES) {
        AttributedDoc d = assertDoesNotThrow(() -> AttributedDoc.of(doc, keep), file.toString());
        checkInvariants(file, d);
      }
    }
  }

  private static void checkInvariants(Path file, AttributedDoc d) {
    String doc = d.text();
    int previousEnd = 0;
    for (Quote q : d.attribution().quotes()) {
      String where = file.getFileName() + " quote at " + q.start();
      assertTrue(q.start() < q.contentStart() && q.contentStart() <= q.contentEnd() && q.contentEnd() < q.end(), where);
      assertTrue(q.start() >= previousEnd && q.end() <= doc.length(), where + ": sorted, disjoint, inside");
      previousEnd = q.end();
      if (q.speaker() != null) {
        assertEquals(q.speaker().surface(), doc.substring(q.speaker().start(), q.speaker().end()).replaceAll("\\s+", " "));
      }
    }
    for (Sentence s : d.sentences()) {
      Speaker speaker = d.attribution().sentenceSpeaker(s.index());
      if (speaker != null) {
        assertTrue(d.attribution().attributed(s.index()), file + " sentence " + s.index());
        assertTrue(speaker.resolved() || (speaker.start() >= s.start() && speaker.end() <= s.end()),
            "a named speaker lies in its sentence");
      }
      d.attribution().hedged(s.index());
      d.attribution().speakerAt(s.index(), s.start());
    }
  }
}
