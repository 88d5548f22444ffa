package io.corroborate;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real articles in {@code ../shared} are read at test time, never copied. CI has them beside the
 * checkout, so there a missing folder fails; elsewhere the test is skipped with a reason.
 */
public final class SharedData {
  private SharedData() {}

  public static Path require(String relative) {
    Path path = Path.of("..", "shared").resolve(relative).normalize();
    if (!Files.isDirectory(path)) {
      String reason = "shared data folder " + path.toAbsolutePath() + " is missing";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason + " (CI must have ../shared beside the checkout)");
      }
      Assumptions.abort(reason + "; skipping this test");
    }
    return path;
  }
}
