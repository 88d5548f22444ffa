package io.corroborate.cli;

import io.corroborate.RuleSet;
import io.corroborate.Verdict;
import io.corroborate.batch.AtomicOutput;
import io.corroborate.batch.BatchRun;
import io.corroborate.batch.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: documents (and structured claims) in, verdicts with attributions out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = {"Evaluate documents against rule files and report verdicts, claims and findings.",
        "Documents are read one at a time and prepared on all cores; the report's order does not depend on"
            + " the thread count. Documents of different events never corroborate each other: give each"
            + " event a folder (inputs that are folders of folders) or a metadata field (--group-by)."},
    footer = {"", "Exit codes: 0 ok; 1 invalid rules or usage; 2 some documents or claims could not be read"
        + " (they are listed under diagnostics; the rest were evaluated); 3 a --fail-on label was reported.",
        "With both 2 and 3, the exit code is 2: the verdicts may be incomplete."})
final class EvaluateCommand implements Callable<Integer> {
  enum Progressing { auto, always, never }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  RuleOptions rules = new RuleOptions();

  @Option(names = {"-i", "--input"}, arity = "1..*", paramLabel = "PATH",
      description = {"Documents: .txt, .json, .jsonl (or .html) files, folders of them, globs such as"
          + " 'news/**/*.json' (quoted), or - for JSONL on standard input."})
  List<String> inputs = List.of();

  @Option(names = "--claims", arity = "1..*", paramLabel = "FILE",
      description = "Structured claims, one JSON object a line: {\"kind\", \"key\": {slot: value}, \"value\","
          + " \"source\", \"speaker\", \"document\", \"sentence\", \"start\", \"end\", \"text\"}. They join the"
          + " documents' evaluation.")
  List<String> claimFiles = List.of();

  @Option(names = "--group-by", paramLabel = "FIELD",
      description = "Evaluate each event separately: the JSON field (such as event or topic) that names a"
          + " document's or claim's event.")
  String groupBy;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Documents prepared at once (default: the available processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-f", "--format"}, defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (jsonl: one line per document, claim, verdict,"
          + " finding and diagnostic, then a summary line; see the README).")
  ReportFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the report here instead of standard output; the file is replaced whole, or not at all.")
  Path out;

  @Option(names = "--fail-on", paramLabel = "LABEL",
      description = "Exit with 3 when a verdict has this label (repeatable), e.g. --fail-on CONFLICTING.")
  Set<String> failOn = Set.of();

  @Option(names = "--progress", defaultValue = "auto",
      description = "Progress bar on standard error: ${COMPLETION-CANDIDATES} (auto: only on a terminal).")
  Progressing progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty() && claimFiles.isEmpty()) {
      return usage(err, "give documents with --input, structured claims with --claims, or both");
    }
    if (!format.available()) {
      return usage(err, "--format " + format + " is not available in this build; use json, jsonl or text");
    }
    BatchRun.Options options;
    try {
      // the HTML report shows each match in its sentence, so it keeps the texts; the others let them go
      options = new BatchRun.Options(inputs, claimFiles, groupBy, threads, format == ReportFormat.html);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    RuleSet ruleSet = rules.compile(err);
    if (ruleSet == null) {
      return ExitCodes.INVALID_RULES;
    }
    BatchRun.Result result = BatchRun.run(ruleSet, options, System.in, progress(options, err));
    write(result);
    return exitCode(result);
  }

  private Progress progress(BatchRun.Options options, PrintWriter err) {
    boolean show = progress == Progressing.always || (progress == Progressing.auto && Progress.stderrIsTerminal());
    return show ? Progress.bar(err, BatchRun.countDocuments(options)) : Progress.NONE;
  }

  private void write(BatchRun.Result result) throws IOException {
    if (out != null) {
      AtomicOutput.write(out, w -> format.write(result, w));
      return;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    format.write(result, stdout);
    stdout.flush();
  }

  private int exitCode(BatchRun.Result result) {
    boolean unread = result.report().diagnostics().stream().anyMatch(p -> p.severity().equals("error"));
    if (unread) {
      return ExitCodes.DOCUMENT_PROBLEMS;
    }
    boolean hit = result.report().verdicts().stream().map(Verdict::verdict).anyMatch(failOn::contains);
    return hit ? ExitCodes.FAIL_ON : ExitCodes.OK;
  }

  private int usage(PrintWriter err, String message) {
    err.println("corroborate evaluate: " + message);
    err.println("Try 'corroborate evaluate --help' for the options.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
