package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.ExampleResult;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code test}: runs the {@code example} lines of rule files, like unit tests for patterns. */
@Command(name = "test", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = "Run every `example` in the rule files; print failures and `N passed, N failed`; exit 1 on failure.")
final class TestCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Rule files, or folders: each folder below holding .claims files is one rule set"
          + " (*.broken.claims files are skipped).")
  List<Path> rules;

  @Option(names = {"-v", "--verbose"}, description = "Also list the examples that pass, with what they found.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    for (List<Path> files : rules.stream().flatMap(p -> RuleFolders.ruleSets(p).stream()).toList()) {
      RuleSet ruleSet;
      try {
        ruleSet = Corroborate.compile(files);
      } catch (RuleSetException e) {
        spec.commandLine().getErr().print(e.rendered());
        spec.commandLine().getErr().flush();
        return ExitCodes.INVALID_RULES;
      }
      for (ExampleResult r : ruleSet.runExamples()) {
        if (r.passed()) {
          passed++;
        } else {
          failed++;
        }
        if (!r.passed() || verbose) {
          out.println(r.file() + ":" + r.line() + ":" + r.column() + ": " + (r.passed() ? "ok" : "FAIL") + " "
              + r.claim() + " \"" + r.text() + "\": " + r.message());
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.TEST_FAILURES;
  }
}
