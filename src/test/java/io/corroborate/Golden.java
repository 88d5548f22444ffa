package io.corroborate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: expected output stored beside the input. Run with {@code -Dgolden.update=true} to
 * rewrite them, then review the diff before committing.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  public static void assertMatches(Path expected, String actual) throws IOException {
    if (updating() || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      if (!updating()) {
        throw new AssertionError("golden file was missing and has been written: " + expected + "; review it");
      }
      return;
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
  }

  public static List<Path> inputs(String folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden", folder))) {
      return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  public static Path sibling(Path input, String extension) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
  }
}
