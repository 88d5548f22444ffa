package io.corroborate;

import io.corroborate.engine.EvaluationSession;
import java.util.List;

/**
 * One evaluation built up piece by piece: documents (or {@linkplain RuleSet#prepare prepared}
 * documents) and structured claims join one rule-engine session, and {@link #finish} returns the
 * report. Everything added corroborates or conflicts with everything else added, so use one
 * evaluation per event. Memory grows with the claims, not the text: a document's text is let go once
 * it has been added. Not thread-safe: add from one thread; prepare documents on many.
 *
 * <pre>{@code
 * try (Evaluation evaluation = rules.newEvaluation()) {
 *   evaluation.add(document);
 *   evaluation.add(StructuredClaim.of("Injured", Map.of("group", "firefighters"), "12", "Wire Service", null));
 *   Report report = evaluation.finish();
 * }
 * }</pre>
 */
public final class Evaluation implements AutoCloseable {
  private final RuleSet rules;
  private final EvaluationSession session;

  Evaluation(RuleSet rules, EvaluationSession session) {
    this.rules = rules;
    this.session = session;
  }

  public Evaluation add(Document document) {
    return add(rules.prepare(document));
  }

  public Evaluation add(PreparedDocument document) {
    session.add(document.extraction());
    return this;
  }

  /**
   * Adds a claim extracted elsewhere.
   *
   * @throws IllegalArgumentException if the rule set has no such kind or slot, or the value does not
   *     fit its slot; the message names each problem, and the evaluation can go on without the claim
   */
  public Evaluation add(StructuredClaim claim) {
    session.add(claim);
    return this;
  }

  public Evaluation addAll(List<Document> documents) {
    documents.forEach(this::add);
    return this;
  }

  /** A problem met while reading the input, to be listed under the report's diagnostics. */
  public Evaluation problem(Problem problem) {
    session.problem(problem);
    return this;
  }

  /** Fires the rules and returns the report; the evaluation cannot be used afterwards. */
  public Report finish() {
    return session.finish();
  }

  /** Releases the session of an evaluation that will not finish; harmless after {@link #finish}. */
  @Override
  public void close() {
    session.close();
  }
}
