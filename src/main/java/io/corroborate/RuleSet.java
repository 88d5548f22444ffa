package io.corroborate;

import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.engine.Evaluator;
import java.util.List;

/**
 * A compiled rule set: built once, immutable, safe to share between threads. Each {@link #evaluate}
 * opens its own rule-engine session and closes it before returning.
 */
public final class RuleSet {
  private final CompiledRuleSet compiled;
  private final List<Problem> warnings;
  private final Evaluator evaluator;

  RuleSet(CompiledRuleSet compiled, List<Problem> warnings) {
    this.compiled = compiled;
    this.warnings = List.copyOf(warnings);
    this.evaluator = new Evaluator(compiled);
  }

  /** Evaluates documents together: claims from different sources corroborate or conflict. */
  public Report evaluate(List<Document> documents) {
    return evaluate(documents, List.of());
  }

  /** As {@link #evaluate(List)}, with problems met while reading the input carried into the report. */
  public Report evaluate(List<Document> documents, List<Problem> inputProblems) {
    return evaluator.evaluate(documents, inputProblems);
  }

  /**
   * Evaluates claims extracted elsewhere (by a service with its own extraction) with the same rules
   * and verdicts as claims found in documents.
   *
   * @throws IllegalArgumentException if any claim does not fit the rule set; the message lists every
   *     such claim by its index in {@code claims}, and what is wrong with it
   */
  public Report evaluateClaims(List<StructuredClaim> claims) {
    try (Evaluation evaluation = newEvaluation()) {
      List<String> errors = new java.util.ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        try {
          evaluation.add(claims.get(i));
        } catch (IllegalArgumentException e) {
          errors.add("claims[" + i + "]: " + e.getMessage());
        }
      }
      if (!errors.isEmpty()) {
        throw new IllegalArgumentException(String.join("\n", errors));
      }
      return evaluation.finish();
    }
  }

  /** A new evaluation that documents and structured claims join one at a time; see {@link Evaluation}. */
  public Evaluation newEvaluation() {
    return new Evaluation(this, evaluator.newSession());
  }

  /** Analyzes a document and extracts its claims, ready for {@link Evaluation#add(PreparedDocument)}; thread-safe. */
  public PreparedDocument prepare(Document document) {
    return new PreparedDocument(evaluator.prepare(document));
  }

  /**
   * Evaluates documents like {@link #evaluate} and explains one of them: its sentences, pattern
   * matches, captures, claims and near misses, and the rules that fired on its claims.
   */
  public Explanation explain(List<Document> documents, List<Problem> inputProblems, String documentId) {
    return new io.corroborate.engine.Explainer(compiled).explain(documents, inputProblems, documentId);
  }

  /** Runs every {@code example} line of the rule files; each result says what was expected and found. */
  public List<ExampleResult> runExamples() {
    return new io.corroborate.engine.ExampleRunner(compiled).runAll();
  }

  /** Warnings the rule files produced (errors prevent a rule set from existing). */
  public List<Problem> warnings() {
    return warnings;
  }

  /** The claim kinds, in declaration order. */
  public List<String> claimKinds() {
    return List.copyOf(compiled.checked().kinds().keySet());
  }

  /** How many {@code rule} declarations the rule files hold (custom verdict rules). */
  public int ruleCount() {
    return compiled.checked().rules().size();
  }

  /** How many {@code finding} declarations the rule files hold. */
  public int findingCount() {
    return compiled.checked().findings().size();
  }

  /** The generated Drools rules, for debugging and golden tests. */
  public String generatedRules() {
    return compiled.generated().drl();
  }
}
