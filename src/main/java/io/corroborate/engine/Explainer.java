package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.Explanation;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.compile.facts.SpeakerKeyFact;
import io.corroborate.compile.facts.SpeakerSummary;
import io.corroborate.extract.ExtractionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Explains one document of an evaluation: runs the evaluation with tracing on, keeps what concerns
 * the document's sentences and claims, and the rules that fired on them or on their keys.
 */
public final class Explainer {
  private final CompiledRuleSet rules;

  public Explainer(CompiledRuleSet rules) {
    this.rules = rules;
  }

  public Explanation explain(List<Document> documents, List<Problem> problems, String documentId) {
    Document focus = documents.stream().filter(d -> d.id().equals(documentId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no document `" + documentId + "` among the inputs"));
    SentenceNotes notes = new SentenceNotes(rules, focus);
    List<Fired> firings = new ArrayList<>();
    Trace trace = new Trace() {
      @Override
      public ExtractionListener extraction(Document document) {
        return document == focus ? notes : ExtractionListener.NONE;
      }

      @Override
      public boolean wantsFirings() {
        return true;
      }

      @Override
      public void fired(String rule, List<Object> facts) {
        firings.add(new Fired(rule, facts));
      }
    };
    Report report = new Evaluator(rules).evaluate(documents, problems, trace);
    return new Explanation(documentId, notes.notes(report), relevant(firings, focus.id(), notes.keys()), report);
  }

  /** A rule that fired and the facts it fired on, in firing order. */
  private record Fired(String rule, List<Object> facts) {}

  private static List<Explanation.RuleFiring> relevant(List<Fired> firings, String document, Set<String> keys) {
    List<Explanation.RuleFiring> out = new ArrayList<>();
    for (int i = 0; i < firings.size(); i++) {
      Fired fired = firings.get(i);
      if (fired.facts().stream().anyMatch(f -> concerns(f, document, keys))) {
        out.add(new Explanation.RuleFiring(i + 1, fired.rule(), fired.facts().stream().map(FactText::describe).toList()));
      }
    }
    return out;
  }

  private static boolean concerns(Object fact, String document, Set<String> keys) {
    if (fact instanceof ClaimFact c) {
      return c.getDocument().equals(document);
    }
    if (fact instanceof SentenceFact s) {
      return s.getDocument().equals(document);
    }
    String key = fact instanceof KeyFact k ? k.getKind() + " " + k.getKey()
        : fact instanceof KeySummary k ? k.kind() + " " + k.key()
        : fact instanceof SpeakerKeyFact k ? k.getKind() + " " + k.getKey()
        : fact instanceof SpeakerSummary k ? k.kind() + " " + k.key() : null;
    return key != null && keys.contains(key);
  }
}
