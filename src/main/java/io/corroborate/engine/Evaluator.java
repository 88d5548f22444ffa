package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.extract.SentenceFeatures;
import io.corroborate.source.ErrorCode;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.PublicationDates;
import io.corroborate.text.TextAnalyzer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluations over one compiled rule set. {@link #prepare} analyzes a document and extracts its
 * claims without a rule-engine session, so documents can be prepared on many threads; an {@link
 * EvaluationSession} then fires the rules over what it is given. A document that fails is reported
 * and skipped; the rest go on.
 */
public final class Evaluator {
  private final CompiledRuleSet rules;
  private final ClaimExtractor extractor;
  private final SentenceFeatures features;

  public Evaluator(CompiledRuleSet rules) {
    this.rules = rules;
    this.extractor = new ClaimExtractor(rules);
    this.features = new SentenceFeatures(rules);
  }

  public Report evaluate(List<Document> documents, List<Problem> inputProblems) {
    return evaluate(documents, inputProblems, Trace.NONE);
  }

  Report evaluate(List<Document> documents, List<Problem> inputProblems, Trace trace) {
    try (EvaluationSession session = new EvaluationSession(rules, trace)) {
      inputProblems.forEach(session::problem);
      for (Document document : documents) {
        session.add(prepare(document, trace));
      }
      return session.finish();
    }
  }

  /** Analyzes one document and extracts its claims and sentence facts; safe to call from many threads. */
  public DocumentExtraction prepare(Document document) {
    return prepare(document, Trace.NONE);
  }

  DocumentExtraction prepare(Document document, Trace trace) {
    try {
      AnalyzedText text = TextAnalyzer.analyze(document.text(), rules.checked().approximateTolerance(),
          PublicationDates.parse(document.published()));
      List<ExtractedClaim> found = extractor.extract(document, text, new AtomicInteger(),
          trace.extraction(document));
      List<SentenceFact> facts = features.facts(document.id(), text);
      boolean timed = found.stream().anyMatch(c -> c.kind().agreement().separates()); // only they have eras
      return new DocumentExtraction(document, text.sentences().size(), found, facts,
          timed ? BatchMonth.written(text) : java.util.Set.of(), null);
    } catch (RuntimeException e) {
      return new DocumentExtraction(document, 0, List.of(), List.of(), java.util.Set.of(),
          Problems.about(ErrorCode.E001, document.id(), "document `" + document.id() + "` could not be evaluated: " + e,
              "the other documents were evaluated; please report this"));
    }
  }

  /** A new evaluation that documents and claims join one at a time; see {@link EvaluationSession}. */
  public EvaluationSession newSession() {
    return new EvaluationSession(rules);
  }
}
