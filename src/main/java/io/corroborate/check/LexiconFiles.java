package io.corroborate.check;

import io.corroborate.lang.ast.Name;
import io.corroborate.source.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads gazetteer files for {@code lexicon X from "file.tsv"}: one entry a line, the phrase, then
 * optionally a tab and its canonical form; blank lines and lines starting with '#' are skipped.
 */
final class LexiconFiles {
  private LexiconFiles() {}

  static void read(CheckContext ctx, Name file, Map<String, String> into) {
    Path ruleFile = Path.of(file.span().file().name());
    Path path = ruleFile.resolveSibling(file.text());
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      ctx.error(ErrorCode.C021, file.span(), "cannot read lexicon file `" + file.text() + "`",
          "paths are relative to the rule file: looked for `" + path + "`");
      return;
    }
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      String phrase = parts[0].trim();
      String canonical = parts.length > 1 && !parts[1].isBlank() ? parts[1].trim() : phrase;
      into.putIfAbsent(Phrases.normalize(phrase), canonical);
    }
  }
}
