package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Explanation;
import io.corroborate.RuleSet;
import io.corroborate.input.DocumentReader;
import io.corroborate.report.ExplanationText;
import io.corroborate.report.ReportJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code explain}: how one document's sentences became claims, and which rules used them. */
@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = "Explain one document: pattern matches, captures, normalized values, claims, near misses,"
        + " and the Drools rules that fired on them.")
final class ExplainCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  RuleOptions rules = new RuleOptions();

  @Option(names = {"-i", "--input"}, arity = "1..*", required = true, paramLabel = "PATH",
      description = "Documents; all are evaluated together, one is explained.")
  List<Path> inputs;

  @Option(names = {"-d", "--document"}, paramLabel = "ID",
      description = "The document to explain (needed when the input holds several).")
  String document;

  @Option(names = "--all-sentences", description = "Show every sentence, not only those a pattern touched.")
  boolean allSentences;

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet = rules.compile(spec.commandLine().getErr());
    if (ruleSet == null) {
      return ExitCodes.INVALID_RULES;
    }
    DocumentReader.Result input = Corroborate.readDocuments(inputs);
    List<String> ids = input.documents().stream().map(Document::id).toList();
    String target = document != null ? document : ids.size() == 1 ? ids.get(0) : null;
    if (target == null || !ids.contains(target)) {
      spec.commandLine().getErr().println("corroborate explain: choose a document with --document; the inputs hold: "
          + String.join(", ", ids));
      return ExitCodes.USAGE;
    }
    Explanation explanation = ruleSet.explain(input.documents(), input.problems(), target);
    String text = format == Format.json
        ? ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(explanation) + "\n"
        : ExplanationText.write(explanation, allSentences);
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
