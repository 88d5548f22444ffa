package io.corroborate.check;

import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every semantic check over parsed rule files. All stages run even after errors, so a rule
 * author sees every mistake at once; the rule set is returned only when there is no error.
 */
public final class Checker {
  private static final List<CheckStage> STAGES = List.of(
      new DeclarationStage(),
      new MacroStage(),
      new ClaimKindStage(),
      new PatternStage(),
      new AgreementStage(),
      new OverrideStage(),
      new SupersedeStage(),
      new RuleStage(),
      new FindingStage(),
      new ExampleStage(),
      new UsageStage());

  private Checker() {}

  /** The checked rule set (null when any error was found) and all diagnostics in source order. */
  public record Result(CheckedRuleSet ruleSet, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public static Result check(List<RuleFile> files, List<Diagnostic> earlier) {
    CheckContext context = new CheckContext(files, earlier.stream().anyMatch(Diagnostic::isError));
    for (CheckStage stage : STAGES) {
      stage.run(context);
    }
    List<Diagnostic> all = new ArrayList<>(earlier);
    all.addAll(context.diagnostics);
    all.sort(Diagnostic.SOURCE_ORDER);
    boolean failed = all.stream().anyMatch(Diagnostic::isError);
    CheckedRuleSet ruleSet = failed
        ? null
        : new CheckedRuleSet(files, context.lexicons, context.kinds, context.rules, context.findings,
            context.macros, context.overrides, context.names, context.approximateTolerance);
    return new Result(ruleSet, all);
  }
}
