package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.ExampleResult;
import io.corroborate.check.ClaimKind;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.lang.ast.ExampleDecl;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the {@code example} lines of a rule set: each sentence goes through the text layer and every
 * claim pattern of the rule set (so overlaps between kinds count, as in real documents), and passes
 * when some claim of the example's kind meets all its expectations.
 */
public final class ExampleRunner {
  /** The publication date examples are read as of: a Thursday. */
  public static final java.time.LocalDate EXAMPLE_DAY = java.time.LocalDate.of(2026, 1, 15);

  private final CompiledRuleSet rules;
  private final ClaimExtractor extractor;

  public ExampleRunner(CompiledRuleSet rules) {
    this.rules = rules;
    this.extractor = new ClaimExtractor(rules);
  }

  public List<ExampleResult> runAll() {
    List<ExampleResult> results = new ArrayList<>();
    for (ClaimKind kind : rules.checked().kinds().values()) {
      for (ExampleDecl example : kind.decl().examples()) {
        results.add(run(kind, example));
      }
    }
    return results;
  }

  private ExampleResult run(ClaimKind kind, ExampleDecl example) {
    String text = example.text().text();
    // examples resolve relative dates against a fixed day, so they pass on any day they run
    AnalyzedText analyzed = TextAnalyzer.analyze(text, rules.checked().approximateTolerance(), EXAMPLE_DAY);
    List<ExtractedClaim> found = extractor.extract(Document.of("example", text), analyzed, new AtomicInteger())
        .stream().filter(c -> c.kind() == kind).toList();
    var span = example.span();
    if (found.isEmpty()) {
      return new ExampleResult(span.file().name(), span.line(), span.column(), kind.name(), text, false,
          "no `" + kind.name() + "` claim found in the example");
    }
    List<String> failures = new ArrayList<>();
    for (ExtractedClaim claim : found) {
      List<String> unmet = example.expectations().stream()
          .filter(e -> !Expectations.holds(claim, e)).map(e -> Expectations.describe(claim, e)).toList();
      if (unmet.isEmpty()) {
        return new ExampleResult(span.file().name(), span.line(), span.column(), kind.name(), text, true,
            "found " + Expectations.summary(claim));
      }
      failures.add(String.join("; ", unmet));
    }
    return new ExampleResult(span.file().name(), span.line(), span.column(), kind.name(), text, false,
        String.join(" | ", failures));
  }
}
