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
  private final FindingAttributes sentenceNeeds;
  private final FindingAttributes lineNeeds;

  public SentenceFeatures(CompiledRuleSet rules) {
    this.rules = rules;
    this.sentenceNeeds = FindingAttributes.of(rules.checked().findings(), false);
    this.lineNeeds = FindingAttributes.of(rules.checked().findings(), true);
  }

  public List<SentenceFact> facts(String documentId, AnalyzedText text) {
    if (rules.generated().findings().isEmpty()) {
      // only finding rules read sentence facts; without them this was a quarter of an evaluation (profiled)
      return List.of();
    }
    // a scope no finding looks at gets no facts; an attribute no finding of the scope reads is left at its
    // default (false, 0): no rule can tell, and overlap and attribution are most of the cost
    List<SentenceFact> out = new ArrayList<>();
    if (sentenceNeeds.any()) {
      out.addAll(facts(documentId, text, TextUnits.sentences(text), sentenceNeeds));
    }
    if (lineNeeds.any()) {
      out.addAll(facts(documentId, text, TextUnits.lines(text), lineNeeds));
    }
    return out;
  }

  private List<SentenceFact> facts(String documentId, AnalyzedText text, List<TextUnit> units,
      FindingAttributes needs) {
    Overlaps overlaps = needs.topic()
        ? new Overlaps(units.stream().map(u -> ContentWords.of(u.span().tokens())).toList()) : null;
    DocumentAttribution attribution = needs.attribution() ? text.attribution() : null;
    List<SentenceFact> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      TextUnit unit = units.get(i);
      SentenceFact.Attributes attributes = attributes(attribution, unit, i, units.size(), overlaps);
      out.add(new SentenceFact(documentId, unit.line(), unit.line() ? unit.span().line() : unit.span().index(),
          unit.start(), unit.end(), attributes, hits(text.text(), unit)));
    }
    return out;
  }

  /** {@code attribution} and {@code overlaps} are null when no finding of the unit's scope reads them. */
  private static SentenceFact.Attributes attributes(DocumentAttribution attribution, TextUnit unit, int index,
      int count, Overlaps overlaps) {
    boolean attributed = attribution != null && unit.sentences().stream().anyMatch(attribution::attributed);
    boolean hedged = attribution != null && unit.sentences().stream().anyMatch(attribution::hedged);
    boolean quoted = attribution != null && attribution.inQuote(unit.start()) && attribution.inQuote(unit.end() - 1);
    Overlaps.Topic topic = overlaps != null ? overlaps.of(index) : new Overlaps.Topic(false, 0);
    List<Token> tokens = unit.span().tokens();
    int wordCount = (int) tokens.stream().filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER)
        .count();
    return new SentenceFact.Attributes(attributed, terminal(tokens), topic.repeated(), quoted, hedged, index == 0,
        index == count - 1, wordCount, topic.overlap(), index, unit.end() - unit.start());
  }

  /**
   * Repetition and topical overlap of each unit with the rest of its document. A unit at least
   * {@link #REPEAT_SIMILARITY} similar to another is a repeat, and repeats do not vouch for each other's
   * topic; the overlap is the share of a unit's words found in some other unit that is not its repeat.
   * Computed from an index of which units hold which word, so only units sharing a word are compared:
   * comparing every pair and merging every other unit's words was quadratic in the document's length
   * (68% of an evaluation of long news pages, profiled in bench/RESULTS.md).
   */
  static final class Overlaps {
    record Topic(boolean repeated, double overlap) {}

    private final List<Set<String>> words;
    private final java.util.Map<String, List<Integer>> units = new java.util.HashMap<>();
    private final int[] common;

    Overlaps(List<Set<String>> words) {
      this.words = words;
      this.common = new int[words.size()];
      for (int j = 0; j < words.size(); j++) {
        for (String w : words.get(j)) {
          units.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
        }
      }
    }

    Topic of(int index) {
      Set<String> own = words.get(index);
      if (own.isEmpty()) {
        return new Topic(false, 0);
      }
      List<Integer> touched = new ArrayList<>();
      for (String w : own) {
        for (int j : units.get(w)) {
          if (j != index && common[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      List<Set<String>> repeats = new ArrayList<>();
      for (int j : touched) {
        // the words the two units share, counted above: their Jaccard similarity without a set lookup per word
        int shared = common[j];
        common[j] = 0;
        double similarity = (double) shared / (own.size() + words.get(j).size() - shared);
        if (similarity >= REPEAT_SIMILARITY) {
          repeats.add(words.get(j));
        }
      }
      int shared = 0;
      for (String w : own) {
        int holders = units.get(w).size() - 1; // the other units with this word
        for (Set<String> repeat : repeats) {
          if (repeat.contains(w)) {
            holders--;
          }
        }
        if (holders > 0) {
          shared++;
        }
      }
      return new Topic(!repeats.isEmpty(), (double) shared / own.size());
    }
  }

  private static Set<String> lowerWords(List<Token> tokens) {
    Set<String> words = new java.util.HashSet<>();
    for (Token token : tokens) {
      words.add(token.lower());
    }
    return words;
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

  /**
   * Which pattern tests the unit passes. A test whose pattern lacks a required word in the unit fails
   * without matching; the unit's mentions (numbers, dates, names) are read only if a test is tried.
   */
  private BitSet hits(String document, TextUnit unit) {
    BitSet hits = new BitSet();
    List<FindingTest> tests = rules.generated().findingTests();
    Set<String> words = null;
    MatchInput input = null;
    for (int t = 0; t < tests.size(); t++) {
      CompiledPattern pattern = rules.findingTests().get(t);
      words = words != null ? words : lowerWords(unit.span().tokens());
      if (!pattern.couldMatch(words)) {
        continue;
      }
      input = input != null ? input : new MatchInput(document, unit.span(), unit.mentions());
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
