package io.corroborate.lang.ast;

import io.corroborate.source.SourceFile;
import java.util.List;

/**
 * One parsed rule file.
 *
 * @param source the file's text
 * @param ruleset the {@code ruleset} name, or null
 * @param imports imported paths, relative to this file
 * @param declarations every declaration that parsed, in source order
 */
public record RuleFile(SourceFile source, Name ruleset, List<Name> imports, List<Declaration> declarations) {
  public RuleFile {
    imports = List.copyOf(imports);
    declarations = List.copyOf(declarations);
  }
}
