package io.corroborate.cli;

import io.corroborate.CheckResult;
import io.corroborate.Corroborate;
import io.corroborate.report.ReportJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: every problem in the rule files, with location, source line, caret and help. */
@Command(name = "check", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = "Check rule files and print every problem found; exit 1 if any is an error.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-r", "--rules"}, arity = "1..*", required = true, paramLabel = "PATH",
      description = "Rule files or folders of .claims files.")
  List<Path> rules;

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Override
  public Integer call() throws Exception {
    CheckResult result = Corroborate.check(rules);
    if (format == Format.json) {
      spec.commandLine().getOut().println(ReportJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(result.problems()));
    } else if (!result.problems().isEmpty()) {
      spec.commandLine().getOut().print(result.rendered());
    }
    long errors = result.problems().stream().filter(p -> p.severity().equals("error")).count();
    if (format == Format.text) {
      spec.commandLine().getOut().println(errors == 0 ? "ok" : errors + " error(s)");
    }
    spec.commandLine().getOut().flush();
    return result.ok() ? ExitCodes.OK : ExitCodes.INVALID_RULES;
  }
}
