package io.corroborate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rule files below folders, for commands that work on a whole tree ({@code test}, {@code fmt}). Files
 * named {@code *.broken.claims} are wrong on purpose (teaching examples) and are left out.
 */
final class RuleFolders {
  private RuleFolders() {}

  static boolean included(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".claims") && !name.endsWith(".broken.claims");
  }

  /** Every rule file named or below a named folder, in a stable order. */
  static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(RuleFolders::included).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  /** The rule sets below a path: the .claims files of each folder go together, as a folder does for check. */
  static List<List<Path>> ruleSets(Path path) {
    Map<Path, List<Path>> byFolder = new TreeMap<>();
    for (Path file : files(path)) {
      byFolder.computeIfAbsent(file.toAbsolutePath().getParent(), f -> new ArrayList<>()).add(file);
    }
    return List.copyOf(byFolder.values());
  }
}
