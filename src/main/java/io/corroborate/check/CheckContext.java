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
  final Map<String, ClaimKind> kinds = new LinkedHashMap<>();
  final List<RuleDecl> rules = new ArrayList<>();
  final List<FindingDecl> findings = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  double approximateTolerance = 0.05;
  /** Parsing or import loading already failed: some checks would only echo those errors. */
  final boolean earlierErrors;

  CheckContext(List<RuleFile> files, boolean earlierErrors) {
    this.files = files;
    this.earlierErrors = earlierErrors;
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
