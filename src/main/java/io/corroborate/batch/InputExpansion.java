package io.corroborate.batch;

import io.corroborate.Problem;
import io.corroborate.source.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the inputs named on the command line into the files to stream, in a stable order: files as
 * given, folders walked in sorted order, globs ({@code news/**}{@code /*.json}) expanded, {@code -}
 * for JSONL on standard input. A folder whose entries include folders holds one event per subfolder.
 */
final class InputExpansion {
  private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "json", "jsonl", "html", "htm");

  /** @param problems inputs that name nothing */
  record Expanded(List<InputSource> sources, List<Problem> problems) {}

  private final List<InputSource> sources = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private InputExpansion() {}

  static Expanded expand(List<String> documents, List<String> claimFiles) {
    InputExpansion expansion = new InputExpansion();
    documents.forEach(expansion::document);
    for (String claims : claimFiles) {
      Path path = Path.of(claims);
      if (Files.isRegularFile(path)) {
        expansion.sources.add(new InputSource(path, null, true));
      } else {
        expansion.missing(claims);
      }
    }
    return new Expanded(List.copyOf(expansion.sources), List.copyOf(expansion.problems));
  }

  private void document(String input) {
    if (input.equals(InputSource.STDIN)) {
      sources.add(new InputSource(null, null, false));
    } else if (isGlob(input)) {
      glob(input);
    } else {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        folder(path);
      } else if (Files.exists(path)) {
        sources.add(new InputSource(path, null, false));
      } else {
        missing(input);
      }
    }
  }

  private void folder(Path folder) {
    List<Path> entries = list(folder);
    boolean eventFolders = entries.stream().anyMatch(Files::isDirectory);
    String ownEvent = eventFolders ? name(folder) : null;
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        walk(entry).forEach(f -> sources.add(new InputSource(f, name(entry), false)));
      } else if (supported(entry)) {
        sources.add(new InputSource(entry, ownEvent, false));
      }
    }
  }

  private void glob(String pattern) {
    String normalized = pattern.replace('\\', '/');
    String[] parts = normalized.split("/");
    int firstGlob = 0;
    while (firstGlob < parts.length - 1 && !isGlob(parts[firstGlob])) {
      firstGlob++;
    }
    String prefix = String.join("/", java.util.Arrays.copyOfRange(parts, 0, firstGlob));
    Path base = prefix.isEmpty() ? Path.of(normalized.startsWith("/") ? "/" : ".") : Path.of(prefix);
    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, firstGlob, parts.length));
    // `**/` also matches no folder at all, as in shells with globstar: news/**/*.json takes news/a.json
    PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    PathMatcher shallow = rest.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3))
        : deep;
    List<Path> matched = Files.isDirectory(base) ? walk(base).stream()
        .filter(p -> deep.matches(base.relativize(p)) || shallow.matches(base.relativize(p))).toList() : List.of();
    if (matched.isEmpty()) {
      problems.add(new Problem("error", ErrorCode.X001.code(), "no document matches `" + pattern + "`",
          "quote the pattern so the shell does not expand it, and check the folder", pattern, 0, 0));
    }
    matched.forEach(p -> sources.add(new InputSource(p.normalize(), null, false)));
  }

  private void missing(String input) {
    problems.add(new Problem("error", ErrorCode.X001.code(), "input `" + input + "` does not exist", null, input, 0, 0));
  }

  private static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> walk(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(InputExpansion::supported).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + folder + ": " + e.getMessage(), e);
    }
  }

  static boolean supported(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static String name(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? folder.toString() : name.toString();
  }
}
