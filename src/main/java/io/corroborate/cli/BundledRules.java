package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rules used when no {@code --rules} is given: the project's {@code rules/} folder when run from a
 * checkout, else the copy packaged in the jar.
 */
final class BundledRules {
  static final String RESOURCE = "/corroborate/rules/news.claims";

  private BundledRules() {}

  static RuleSet compile() throws RuleSetException {
    Path local = Path.of("rules");
    if (Files.isDirectory(local)) {
      return Corroborate.compile(List.of(local));
    }
    try (InputStream in = BundledRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled rules are missing from this build");
      }
      return Corroborate.compileText("bundled:rules/news.claims", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
