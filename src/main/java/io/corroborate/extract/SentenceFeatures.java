package io.corroborate.extract;

import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.FindingCondition;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the facts findings test, for the sentences and lines of a document: attribution, punctuation,
 * repetition, topical overlap with the rest of the document, and the pattern tests. Only finding rules
 * read these facts, so a unit gets one only when some finding of its scope may hold for it
 * ({@link FindingConditions}); the rest of a news text's units never have their costly attributes read.
 */
public final class SentenceFeatures {
  private final CompiledRuleSet rules;
  private final Scope sentences;
  private final Scope lines;

  /** What one scope's findings read and when they may hold. */
  private record Scope(FindingAttributes needs, FindingConditions conditions) {}

  public SentenceFeatures(CompiledRuleSet rules) {
    this.rules = rules;
    List<FindingCondition.Scoped> findings = FindingCondition.of(rules.checked().findings());
    this.sentences = new Scope(FindingAttributes.of(findings, false), FindingConditions.of(findings, false));
    this.lines = new Scope(FindingAttributes.of(findings, true), FindingConditions.of(findings, true));
  }

  public List<SentenceFact> facts(String documentId, AnalyzedText text) {
    if (rules.generated().findings().isEmpty()) {
      // only finding rules read sentence facts; without them this was a quarter of an evaluation (profiled)
      return List.of();
    }
    List<SentenceFact> out = new ArrayList<>();
    if (sentences.needs().any()) {
      facts(documentId, text, TextUnits.sentences(text), sentences, out);
    }
    if (lines.needs().any()) {
      facts(documentId, text, TextUnits.lines(text), lines, out);
    }
    return out;
  }

  private void facts(String documentId, AnalyzedText text, List<TextUnit> units, Scope scope,
      List<SentenceFact> out) {
    UnitFeatures features = new UnitFeatures(text, units, rules.generated().findingTests(), rules.findingTests());
    for (int i = 0; i < units.size(); i++) {
      if (!scope.conditions().mayHold(features, i)) {
        continue;
      }
      TextUnit unit = units.get(i);
      out.add(new SentenceFact(documentId, unit.line(), unit.line() ? unit.span().line() : unit.span().index(),
          unit.start(), unit.end(), features.attributes(i, scope.needs()), features.hits(i)));
    }
  }
}
