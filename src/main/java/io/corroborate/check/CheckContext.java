package io.corroborate.check;

import io.corroborate.lang.ast.ClaimDecl;
import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.MacroDecl;
import io.corroborate.lang.ast.RuleDecl;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the check stages share: the files, the symbol tables they fill in, and the diagnostics. */
final class CheckContext {
  final List<RuleFile> files;
  final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
  final Map<String, ClaimDecl> claimDecls = new LinkedHashMap<>();
  final Map<String, MacroDecl> macros = new LinkedHashMap<>();
  final Map<String, VerdictOverride> overrides = new LinkedHashMap<>();
  /** The first declaration of each name in each namespace, for "declared twice" hints. */
  final Map<String, io.corroborate.lang.ast.Name> firstDeclarations = new java.util.HashMap<>();
  final Map<String, ClaimKind> kinds = new LinkedHashMap<>();
  final List<RuleDecl> rules = new ArrayList<>();
  final List<FindingDecl> findings = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  double approximateTolerance = 0.05;
  /** Parsing or import loading already failed: some checks would only echo those errors. */
  final boolean earlierErrors;

  final Names names;

  CheckContext(List<RuleFile> files, boolean earlierErrors) {
    this.files = files;
    this.earlierErrors = earlierErrors;
    this.names = new Names(files);
  }

  /**
   * The key a reference to a lexicon, claim kind or named pattern means; null (after reporting it)
   * when a plain name is declared in several rulesets and none is the referring file's own.
   */
  String resolve(io.corroborate.lang.ast.Name reference) {
    String key = names.resolve(reference);
    if (key == null && !names.ambiguous(reference).isEmpty()) {
      error(io.corroborate.source.ErrorCode.C026, reference.span(), "`" + reference.text()
          + "` is declared in several rulesets", "write one of " + names.ambiguous(reference).stream()
              .map(k -> "`" + k + "`").collect(java.util.stream.Collectors.joining(", ")));
    }
    return key;
  }

  /**
   * The key of the claim kind a declaration names, or null after reporting an unknown (C010, with a
   * did-you-mean) or ambiguous (C026) name.
   */
  String claimKind(io.corroborate.lang.ast.Name reference) {
    String key = resolve(reference);
    if (key == null || !claimDecls.containsKey(key)) {
      if (names.ambiguous(reference).isEmpty()) {
        error(io.corroborate.source.ErrorCode.C010, reference.span(), "unknown claim kind `" + reference.text()
            + "`", DidYouMean.help(reference.text(), claimDecls.keySet()));
      }
      return null;
    }
    return key;
  }

  boolean hasErrors() {
    return earlierErrors || diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  void error(ErrorCode code, SourceSpan span, String message, String help) {
    Diagnostic d = Diagnostic.error(code, span, message);
    diagnostics.add(help == null ? d : d.withHelp(help));
  }

  void warning(ErrorCode code, SourceSpan span, String message, String help) {
    Diagnostic d = Diagnostic.warning(code, span, message);
    diagnostics.add(help == null ? d : d.withHelp(help));
  }
}
