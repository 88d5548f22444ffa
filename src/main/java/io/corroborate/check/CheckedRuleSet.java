package io.corroborate.check;

import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.MacroDecl;
import io.corroborate.lang.ast.RuleDecl;
import io.corroborate.lang.ast.RuleFile;
import java.util.List;
import java.util.Map;

/**
 * A rule set that passed every check: what the compiler takes. Maps keep declaration order.
 *
 * @param approximateTolerance the half-width of "roughly N" intervals, as a fraction of N
 */
public record CheckedRuleSet(
    List<RuleFile> files,
    Map<String, Lexicon> lexicons,
    Map<String, ClaimKind> kinds,
    List<RuleDecl> rules,
    List<FindingDecl> findings,
    Map<String, MacroDecl> macros,
    Map<String, VerdictOverride> overrides,
    Names names,
    double approximateTolerance) {

  public CheckedRuleSet {
    files = List.copyOf(files);
    lexicons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lexicons));
    kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    macros = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(macros));
    overrides = Map.copyOf(overrides);
  }
}
