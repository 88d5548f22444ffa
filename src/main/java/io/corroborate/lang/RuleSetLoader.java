package io.corroborate.lang;

import io.corroborate.lang.ast.Name;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads rule files and everything they import (paths relative to the importing file), parsing each
 * file once. A folder stands for the {@code .claims} files in it. Missing files and import cycles are
 * diagnostics, never exceptions.
 */
public final class RuleSetLoader {
  private final Map<Path, RuleFile> loaded = new LinkedHashMap<>();
  private final Deque<Path> importing = new ArrayDeque<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Loaded files (imports before the files that import them) and all diagnostics. */
  public record Result(List<RuleFile> files, List<Diagnostic> diagnostics) {
    public Result {
      files = List.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public static Result load(List<Path> roots) {
    RuleSetLoader loader = new RuleSetLoader();
    for (Path root : roots) {
      loader.loadRoot(root);
    }
    return new Result(List.copyOf(loader.loaded.values()), loader.diagnostics);
  }

  /** In-memory rule text, for services and tests; imports resolve against the working directory. */
  public static Result loadText(String name, String text) {
    RuleSetLoader loader = new RuleSetLoader();
    loader.parseAndFollow(Path.of(name).toAbsolutePath().normalize(), new SourceFile(name, text));
    return new Result(List.copyOf(loader.loaded.values()), loader.diagnostics);
  }

  private void loadRoot(Path root) {
    if (Files.isDirectory(root)) {
      for (Path file : claimsFilesIn(root)) {
        loadFile(file, file.toString(), null);
      }
    } else {
      loadFile(root, root.toString(), null);
    }
  }

  private List<Path> claimsFilesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
      if (found.isEmpty()) {
        diagnostics.add(Diagnostic.about(ErrorCode.C008, dir.toString(), "no `.claims` files in folder `" + dir + "`"));
      }
      return found;
    } catch (IOException e) {
      diagnostics.add(Diagnostic.about(ErrorCode.C008, dir.toString(), "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private void loadFile(Path path, String displayName, Name importedAt) {
    Path key = path.toAbsolutePath().normalize();
    if (importing.contains(key)) {
      reportCycle(key, importedAt);
      return;
    }
    if (loaded.containsKey(key)) {
      return;
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String message = "cannot read rule file `" + displayName + "`";
      diagnostics.add(importedAt == null
          ? Diagnostic.about(ErrorCode.C008, displayName, message)
          : Diagnostic.error(ErrorCode.C008, importedAt.span(), "imported file `" + importedAt.text() + "` not found")
              .withHelp("imports are relative to the importing file: looked for `" + displayName + "`"));
      return;
    }
    parseAndFollow(key, new SourceFile(displayName, stripBom(text)));
  }

  private void parseAndFollow(Path key, SourceFile source) {
    ParseResult parsed = RuleParser.parse(source);
    diagnostics.addAll(parsed.diagnostics());
    importing.push(key);
    Path dir = key.getParent();
    for (Name imported : parsed.file().imports()) {
      Path target = dir.resolve(imported.text()).normalize();
      String shown = Path.of(source.name()).getParent() == null
          ? imported.text()
          : Path.of(source.name()).getParent().resolve(imported.text()).normalize().toString();
      loadFile(target, shown, imported);
    }
    importing.pop();
    loaded.put(key, parsed.file());
  }

  private void reportCycle(Path key, Name importedAt) {
    List<String> chain = new ArrayList<>();
    boolean inCycle = false;
    for (var it = importing.descendingIterator(); it.hasNext(); ) {
      Path p = it.next();
      inCycle |= p.equals(key);
      if (inCycle) {
        chain.add(p.getFileName().toString());
      }
    }
    chain.add(key.getFileName().toString());
    diagnostics.add(Diagnostic.error(ErrorCode.C009, importedAt.span(), "import cycle: " + String.join(" -> ", chain))
        .withHelp("move the shared declarations into a file that both import"));
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
