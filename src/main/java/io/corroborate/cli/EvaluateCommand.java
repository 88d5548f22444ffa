package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.input.DocumentReader;
import io.corroborate.report.ReportJson;
import io.corroborate.report.ReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: documents in, verdicts with attributions out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = "Evaluate documents against rule files and report verdicts, claims and findings.")
final class EvaluateCommand implements Callable<Integer> {
  enum Format { json, text }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  RuleOptions rules = new RuleOptions();

  @Option(names = {"-i", "--input"}, arity = "1..*", required = true, paramLabel = "PATH",
      description = "Documents: .txt, .json or .jsonl files, or folders of them.")
  List<Path> inputs;

  @Option(names = {"-f", "--format"}, defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    RuleSet ruleSet = rules.compile(spec.commandLine().getErr());
    if (ruleSet == null) {
      return ExitCodes.INVALID_RULES;
    }
    DocumentReader.Result input = Corroborate.readDocuments(inputs);
    Report report = ruleSet.evaluate(input.documents(), input.problems());
    String rendered = format == Format.json ? ReportJson.write(report) : ReportText.write(report);
    write(rendered);
    boolean documentErrors = report.diagnostics().stream().anyMatch(p -> p.severity().equals("error"));
    return documentErrors ? ExitCodes.DOCUMENT_PROBLEMS : ExitCodes.OK;
  }

  /** Writes to a temporary file and renames it, so a reader never sees half a report. */
  private void write(String rendered) throws IOException {
    if (out == null) {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
      return;
    }
    Path target = out.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".corroborate-", ".tmp");
    Files.writeString(temp, rendered, StandardCharsets.UTF_8);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
