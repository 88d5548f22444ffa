package io.corroborate.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files a rule set is read from, for the service's status, content hash and file watching: the
 * named files, the {@code .claims} files of named folders (as the loader takes them), and what they
 * reference through {@code import "..."} and {@code lexicon ... from "..."}. The references are found
 * by a line scan, not the parser, so that this works on files that do not parse yet (a reload must
 * still watch a file while it is broken). Compiling stays the loader's job; a reference this scan
 * misses only goes unwatched.
 */
record RuleFiles(List<Path> files, String hash) {
  private static final Pattern REFERENCE = Pattern.compile(
      "^\\s*(?:import\\s+|lexicon\\s+\\w+\\s+from\\s+)\"([^\"]+)\"", Pattern.MULTILINE);

  RuleFiles {
    files = List.copyOf(files);
  }

  static RuleFiles of(List<Path> roots) {
    Set<Path> found = new LinkedHashSet<>();
    Deque<Path> pending = new ArrayDeque<>();
    for (Path root : roots) {
      pending.addAll(expand(root));
    }
    while (!pending.isEmpty()) {
      Path file = pending.removeFirst().toAbsolutePath().normalize();
      if (found.add(file) && file.toString().endsWith(".claims")) {
        pending.addAll(references(file));
      }
    }
    List<Path> sorted = found.stream().sorted().toList();
    return new RuleFiles(sorted, hash(sorted));
  }

  /** The files as people name them: relative to the working directory when below it. */
  List<String> names() {
    return files.stream().map(RuleFiles::display).toList();
  }

  private static String display(Path file) {
    Path here = Path.of("").toAbsolutePath();
    return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
  }

  /** The folders to watch: every folder holding a rule file, and every named folder (new files appear there). */
  static Set<Path> folders(List<Path> roots, RuleFiles files) {
    Set<Path> folders = new LinkedHashSet<>();
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      folders.add(Files.isDirectory(absolute) ? absolute : absolute.getParent());
    }
    for (Path file : files.files()) {
      folders.add(file.getParent());
    }
    folders.removeIf(folder -> !Files.isDirectory(folder));
    return folders;
  }

  private static List<Path> expand(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> listing = Files.list(root)) {
      return listing.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<Path> references(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
    Matcher m = REFERENCE.matcher(text);
    List<Path> referenced = new java.util.ArrayList<>();
    while (m.find()) {
      referenced.addAll(expand(file.resolveSibling(m.group(1))));
    }
    return referenced;
  }

  /**
   * SHA-256 over each file's shown path and bytes, in path order: equal hashes mean the same rules were
   * read (the same checkout gives the same hash wherever it lies).
   * A missing file counts as its path alone, so that creating it changes the hash.
   */
  private static String hash(List<Path> files) {
    MessageDigest digest = sha256();
    for (Path file : files) {
      digest.update(display(file).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try {
        digest.update(Files.readAllBytes(file));
      } catch (IOException e) {
        digest.update((byte) 1);
      }
      digest.update((byte) 0);
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
