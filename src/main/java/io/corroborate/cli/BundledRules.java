package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rules used when no {@code --rules} is given: the project's {@code rules/} folder when run from a
 * checkout, else the copy packaged in the jar.
 */
final class BundledRules {
  static final String FOLDER = "/corroborate/rules/";
  /** The packaged rule files; news.claims imports the others. */
  static final List<String> FILES = List.of("news.claims", "noise.claims");

  private BundledRules() {}

  static RuleSet compile() throws RuleSetException {
    Path local = Path.of("rules");
    if (Files.isDirectory(local)) {
      return Corroborate.compile(List.of(local));
    }
    return Corroborate.compile(List.of(unpacked().resolve(FILES.get(0))));
  }

  /** The packaged files copied to a fresh temporary folder, so that imports between them resolve. */
  private static Path unpacked() {
    try {
      Path dir = Files.createTempDirectory("corroborate-rules");
      dir.toFile().deleteOnExit();
      for (String name : FILES) {
        try (InputStream in = BundledRules.class.getResourceAsStream(FOLDER + name)) {
          if (in == null) {
            throw new IllegalStateException("the bundled rule file " + name + " is missing from this build");
          }
          Path file = dir.resolve(name);
          Files.copy(in, file);
          file.toFile().deleteOnExit();
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
