package io.corroborate.extract;

import io.corroborate.compile.FindingTest;
import io.corroborate.compile.match.CompiledPattern;
import io.corroborate.compile.match.MatchInput;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.ContentWords;
import io.corroborate.text.DocumentAttribution;
import io.corroborate.text.Token;
import io.corroborate.text.TokenKind;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes findings read, for the sentences or the lines of one document, each computed when first
 * asked for and kept: most units are ruled out by a cheap attribute (not terminal, too few words, no
 * pattern hit) before the costly ones (topical overlap, the document's attribution) are needed.
 */
final class UnitFeatures {
  private static final Overlaps.Topic NO_TOPIC = new Overlaps.Topic(false, 0);

  private final AnalyzedText text;
  private final List<TextUnit> units;
  private final List<FindingTest> tests;
  private final List<CompiledPattern> patterns;
  private Overlaps overlaps;
  private final Overlaps.Topic[] topics;
  private final Set<?>[] words;
  private final MatchInput[] inputs;
  /** Per unit and test: 0 not tried yet, 1 hit, 2 no hit. */
  private final byte[][] hits;

  UnitFeatures(AnalyzedText text, List<TextUnit> units, List<FindingTest> tests, List<CompiledPattern> patterns) {
    this.text = text;
    this.units = units;
    this.tests = tests;
    this.patterns = patterns;
    this.topics = new Overlaps.Topic[units.size()];
    this.words = new Set<?>[units.size()];
    this.inputs = new MatchInput[units.size()];
    this.hits = new byte[units.size()][];
  }

  int size() {
    return units.size();
  }

  TextUnit unit(int i) {
    return units.get(i);
  }

  boolean attributed(int i) {
    DocumentAttribution attribution = text.attribution();
    return units.get(i).sentences().stream().anyMatch(attribution::attributed);
  }

  boolean hedged(int i) {
    DocumentAttribution attribution = text.attribution();
    return units.get(i).sentences().stream().anyMatch(attribution::hedged);
  }

  boolean quoted(int i) {
    DocumentAttribution attribution = text.attribution();
    TextUnit unit = units.get(i);
    return attribution.inQuote(unit.start()) && attribution.inQuote(unit.end() - 1);
  }

  boolean terminal(int i) {
    return terminal(units.get(i).span().tokens());
  }

  int words(int i) {
    return (int) units.get(i).span().tokens().stream()
        .filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER).count();
  }

  boolean first(int i) {
    return i == 0;
  }

  boolean last(int i) {
    return i == units.size() - 1;
  }

  int length(int i) {
    return units.get(i).end() - units.get(i).start();
  }

  /** Repetition and topical overlap with the other units of the document (see {@link Overlaps}). */
  Overlaps.Topic topic(int i) {
    if (topics[i] == null) {
      if (overlaps == null) {
        overlaps = new Overlaps(units.stream().map(u -> ContentWords.of(u.span().tokens())).toList());
      }
      topics[i] = overlaps.of(i);
    }
    return topics[i];
  }

  /** Whether finding pattern test {@code t} matches unit {@code i}. */
  boolean hit(int i, int t) {
    if (hits[i] == null) {
      hits[i] = new byte[tests.size()];
    }
    if (hits[i][t] == 0) {
      hits[i][t] = (byte) (test(i, t) ? 1 : 2);
    }
    return hits[i][t] == 1;
  }

  /** Every pattern test's result, for the unit's fact. */
  BitSet hits(int i) {
    BitSet out = new BitSet();
    for (int t = 0; t < tests.size(); t++) {
      out.set(t, hit(i, t));
    }
    return out;
  }

  /**
   * The unit's attributes for its fact; those {@code needs} says no finding of the scope reads are left at
   * their defaults (false, 0), which no rule can tell from the real values.
   */
  io.corroborate.compile.facts.SentenceFact.Attributes attributes(int i, FindingAttributes needs) {
    boolean attribution = needs.attribution();
    Overlaps.Topic topic = needs.topic() ? topic(i) : NO_TOPIC;
    return new io.corroborate.compile.facts.SentenceFact.Attributes(attribution && attributed(i), terminal(i),
        topic.repeated(), attribution && quoted(i), attribution && hedged(i), first(i), last(i), words(i),
        topic.overlap(), i, length(i));
  }

  /**
   * A test whose pattern lacks a required word in the unit fails without matching; the unit's mentions
   * (numbers, dates, names) are read only if a test is tried.
   */
  private boolean test(int i, int t) {
    CompiledPattern pattern = patterns.get(t);
    if (!pattern.couldMatch(lowerWords(i))) {
      return false;
    }
    TextUnit unit = units.get(i);
    if (inputs[i] == null) {
      inputs[i] = new MatchInput(text.text(), unit.span(), unit::mentions, List::of);
    }
    MatchInput input = inputs[i];
    return switch (tests.get(t).test()) {
      case "starts" -> pattern.matchesAt(input, 0, false);
      case "ends" -> pattern.matchesAnywhere(input, true);
      case "matches" -> pattern.matchesAt(input, 0, true);
      default -> pattern.matchesAnywhere(input, false);
    };
  }

  @SuppressWarnings("unchecked")
  private Set<String> lowerWords(int i) {
    if (words[i] == null) {
      words[i] = new TokenWords(units.get(i).span().tokens());
    }
    return (Set<String>) words[i];
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
}
