package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.extract.SentenceFeatures;
import io.corroborate.source.ErrorCode;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.PublicationDates;
import io.corroborate.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation: analyze and extract every document, then one Drools session over all claims and
 * sentences, disposed when done. A document that fails is reported and skipped; the rest go on.
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
    List<Problem> problems = new ArrayList<>(inputProblems);
    Map<String, AnalyzedText> analyzed = new LinkedHashMap<>();
    Map<Integer, ExtractedClaim> claims = new LinkedHashMap<>();
    List<SentenceFact> sentences = new ArrayList<>();
    AtomicInteger ids = new AtomicInteger();
    for (Document document : documents) {
      if (analyzed.containsKey(document.id())) {
        problems.add(Problems.about(ErrorCode.X002, document.id(), "duplicate document id `" + document.id()
            + "`: the later one is skipped", "give every document its own id"));
        continue;
      }
      try {
        AnalyzedText text = TextAnalyzer.analyze(document.text(), rules.checked().approximateTolerance(),
            PublicationDates.parse(document.published()));
        List<ExtractedClaim> found = extractor.extract(document, text, ids, trace.extraction(document));
        List<SentenceFact> facts = features.facts(document.id(), text);
        analyzed.put(document.id(), text);
        found.forEach(c -> claims.put(c.id(), c));
        sentences.addAll(facts);
      } catch (RuntimeException e) {
        problems.add(Problems.about(ErrorCode.E001, document.id(), "document `" + document.id()
            + "` could not be evaluated: " + e, "the other documents were evaluated; please report this"));
      }
    }
    Map<Integer, ExtractedClaim> keyed = KeyResolution.resolve(claims);
    SessionOutcomes outcomes = new SessionOutcomes(rules, keyed);
    Set<Integer> kept = fire(keyed, sentences, outcomes, trace);
    return new ReportAssembler(rules, documents, analyzed, keyed, kept)
        .assemble(outcomes.verdicts(), outcomes.findings(), problems);
  }

  /** Fires one session and returns the ids of the claims no finding withdrew. */
  private Set<Integer> fire(Map<Integer, ExtractedClaim> claims, List<SentenceFact> sentences,
      SessionOutcomes outcomes, Trace trace) {
    KieSession session = rules.kieBase().newKieSession();
    try {
      if (trace.wantsFirings()) {
        session.addEventListener(new DefaultAgendaEventListener() {
          @Override
          public void afterMatchFired(AfterMatchFiredEvent event) {
            trace.fired(event.getMatch().getRule().getName(), List.copyOf(event.getMatch().getObjects()));
          }
        });
      }
      session.setGlobal("outcomes", outcomes);
      sentences.forEach(session::insert);
      claims.values().forEach(c -> session.insert(ClaimFacts.of(c)));
      session.fireAllRules();
      Set<Integer> kept = new TreeSet<>();
      for (Object o : session.getObjects(o -> o instanceof ClaimFact)) {
        kept.add(((ClaimFact) o).getId());
      }
      return kept;
    } finally {
      session.dispose();
    }
  }
}
