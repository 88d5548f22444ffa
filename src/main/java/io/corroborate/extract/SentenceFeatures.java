package io.corroborate.extract;

import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.FindingTest;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.compile.match.CompiledPattern;
import io.corroborate.compile.match.MatchInput;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.ContentWords;
import io.corroborate.text.DocumentAttribution;
import io.corroborate.text.Token;
import io.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the facts findings test, for every sentence and every line of a document: attribution,
 * punctuation, repetition, topical overlap with the rest of the document, and the pattern tests.
 */
public final class SentenceFeatures {
  /** Units at least this similar are repeats of each other, and do not vouch for each other's topic. */
  private static final double REPEAT_SIMILARITY = 0.6;

  private final CompiledRuleSet rules;

  public SentenceFeatures(CompiledRuleSet rules) {
    this.rules = rules;
  }

  public List<SentenceFact> facts(String documentId, AnalyzedText text) {
    if (rules.generated().findings().isEmpty()) {
      // only finding rules read sentence facts; without them this was a quarter of an evaluation (profiled)
      return List.of();
    }
    List<SentenceFact> out = new ArrayList<>();
    out.addAll(facts(documentId, text, TextUnits.sentences(text)));
    out.addAll(facts(documentId, text, TextUnits.lines(text)));
    return out;
  }

  private List<SentenceFact> facts(String documentId, AnalyzedText text, List<TextUnit> units) {
    List<Set<String>> words = units.stream().map(u -> ContentWords.of(u.span().tokens())).toList();
    List<SentenceFact> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      TextUnit unit = units.get(i);
      SentenceFact.Attributes attributes = attributes(text.attribution(), unit, i, units.size(), words);
      out.add(new SentenceFact(documentId, unit.line(), unit.line() ? unit.span().line() : unit.span().index(),
          unit.start(), unit.end(), attributes, hits(text.text(), unit)));
    }
    return out;
  }

  private static SentenceFact.Attributes attributes(DocumentAttribution attribution, TextUnit unit, int index,
      int count, List<Set<String>> words) {
    boolean attributed = unit.sentences().stream().anyMatch(attribution::attributed);
    boolean hedged = unit.sentences().stream().anyMatch(attribution::hedged);
    boolean quoted = attribution.inQuote(unit.start()) && attribution.inQuote(unit.end() - 1);
    Set<String> own = words.get(index);
    boolean repeated = false;
    Set<String> elsewhere = new java.util.HashSet<>();
    for (int j = 0; j < words.size(); j++) {
      if (j == index) {
        continue;
      }
      if (!own.isEmpty() && ContentWords.similarity(own, words.get(j)) >= REPEAT_SIMILARITY) {
        repeated = true; // a repeat of this unit says nothing about whether it is on topic
      } else {
        elsewhere.addAll(words.get(j));
      }
    }
    long shared = own.stream().filter(elsewhere::contains).count();
    double overlap = own.isEmpty() ? 0 : (double) shared / own.size();
    List<Token> tokens = unit.span().tokens();
    int wordCount = (int) tokens.stream().filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER)
        .count();
    return new SentenceFact.Attributes(attributed, terminal(tokens), repeated, quoted, hedged, index == 0,
        index == count - 1, wordCount, overlap, index, unit.end() - unit.start());
  }

  /** Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets. */
  static boolean terminal(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String t = tokens.get(i).lower();
      if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals("\u2026") || t.equals("...")) {
        return true;
      }
      if (!(t.equals("\"") || t.equals("'") || t.equals(")") || t.equals("]"))) {
        return t.endsWith(".") && tokens.get(i).kind() == TokenKind.WORD; // "U.S." closing a sentence
      }
    }
    return false;
  }

  private BitSet hits(String document, TextUnit unit) {
    BitSet hits = new BitSet();
    List<FindingTest> tests = rules.generated().findingTests();
    MatchInput input = new MatchInput(document, unit.span(), unit.mentions());
    for (int t = 0; t < tests.size(); t++) {
      CompiledPattern pattern = rules.findingTests().get(t);
      boolean hit = switch (tests.get(t).test()) {
        case "starts" -> pattern.matchesAt(input, 0, false);
        case "ends" -> pattern.matchesAnywhere(input, true);
        case "matches" -> pattern.matchesAt(input, 0, true);
        default -> pattern.matchesAnywhere(input, false);
      };
      hits.set(t, hit);
    }
    return hits;
  }
}
