package io.corroborate.compile;

import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.compile.match.CompiledPattern;
import io.corroborate.compile.match.PatternCompiler;
import io.corroborate.lang.ast.PatternDecl;
import io.corroborate.source.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Compiles a checked rule set: DRL into a rule base, patterns into matchers. */
public final class RuleSetCompiler {
  private RuleSetCompiler() {}

  /** The compiled rule set, or null with the (internal) errors that stopped it. */
  public record Result(CompiledRuleSet ruleSet, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Compiles with the rule-base cache the environment names (see {@link RuleBaseCache}). */
  public static Result compile(CheckedRuleSet checked) {
    return compile(checked, RuleBaseCache.fromEnvironment());
  }

  public static Result compile(CheckedRuleSet checked, java.util.Optional<RuleBaseCache> cache) {
    GeneratedRules generated = DrlGenerator.generate(checked);
    RuleBaseBuilder.Result base = RuleBaseBuilder.build(generated, cache);
    if (base.kieBase() == null) {
      return new Result(null, base.diagnostics());
    }
    java.util.Map<String, io.corroborate.lang.ast.Pattern> macros = new java.util.LinkedHashMap<>();
    checked.macros().forEach((name, macro) -> macros.put(name, macro.pattern()));
    PatternCompiler compiler = new PatternCompiler(checked.lexicons(), macros, checked.names()::resolve);
    List<ClaimPattern> claimPatterns = new ArrayList<>();
    for (ClaimKind kind : checked.kinds().values()) {
      List<String> slots = slotNames(kind);
      for (PatternDecl decl : kind.decl().patterns()) {
        CompiledPattern matcher = compiler.compile(claimPatterns.size(), decl.priority(), decl.pattern(),
            name -> kind.slot(name).map(Slot::type).orElse(null), slots);
        claimPatterns.add(new ClaimPattern(kind, matcher, RuleOrigin.of(decl.span())));
      }
    }
    List<CompiledPattern> findingTests = new ArrayList<>();
    for (FindingTest test : generated.findingTests()) {
      findingTests.add(compiler.compile(findingTests.size(), test.pattern(), name -> null, List.of()));
    }
    return new Result(new CompiledRuleSet(checked, generated, base.kieBase(), claimPatterns, findingTests,
        compiler.entityLexicons()), List.of());
  }

  private static List<String> slotNames(ClaimKind kind) {
    List<String> names = new ArrayList<>(kind.keySlots().stream().map(Slot::name).toList());
    names.add(kind.valueSlot().name());
    return names;
  }
}
