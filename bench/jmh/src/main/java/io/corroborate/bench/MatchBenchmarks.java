package io.corroborate.bench;

import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.Checker;
import io.corroborate.compile.ClaimPattern;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.RuleSetCompiler;
import io.corroborate.compile.match.MatchInput;
import io.corroborate.lang.RuleSetLoader;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.QuantityRecognizer;
import io.corroborate.text.Sentence;
import io.corroborate.text.TextAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pattern matching on analyzed sentences: every claim pattern of a small rule set over every sentence
 * of the paragraph in {@link TextBenchmarks}, with and without the required-word filter that lets the
 * extractor skip patterns (and sentences) that cannot match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmarks {
  static final String RULES = """
      lexicon Victims { firefighters, people, residents }
      lexicon Boats { boats, vessels, "fishing boats" => boats }
      claim Injured(group: Victims) value count: QUANTITY {
        pattern count:QUANTITY group:Victims ("were" | "have been") ("injured" | "hurt" | "treated")
      }
      claim Moved(group: Victims) value count: QUANTITY {
        pattern "about"? count:QUANTITY group:Victims "were" ("moved" | "evacuated")
      }
      claim Destroyed(what: Boats) value count: QUANTITY {
        pattern count:QUANTITY what:Boats "were" "destroyed"
      }
      claim Damage(place: PLACE) value cost: QUANTITY[money] {
        pattern "damage" ...{0,3} "at" cost:QUANTITY[money] ","? ...{0,4} place:PLACE
      }
      """;

  List<ClaimPattern> patterns;
  AnalyzedText text;
  List<Set<String>> words;

  @Setup
  public void setUp() {
    RuleSetLoader.Result loaded = RuleSetLoader.loadText("bench.claims", RULES);
    CheckedRuleSet checked = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    if (checked == null) {
      throw new IllegalStateException(Checker.check(loaded.files(), loaded.diagnostics()).diagnostics().toString());
    }
    CompiledRuleSet compiled = RuleSetCompiler.compile(checked, java.util.Optional.empty()).ruleSet();
    patterns = compiled.claimPatterns();
    text = TextAnalyzer.analyze(TextBenchmarks.PARAGRAPH, QuantityRecognizer.APPROXIMATE_TOLERANCE, null);
    words = text.sentences().stream().map(MatchBenchmarks::words).toList();
  }

  private static Set<String> words(Sentence s) {
    Set<String> out = new HashSet<>();
    s.tokens().forEach(t -> out.add(t.lower()));
    return out;
  }

  @Benchmark
  public int everyPatternOnEverySentence() {
    int found = 0;
    for (Sentence s : text.sentences()) {
      MatchInput input = new MatchInput(text.text(), s, text.mentions().get(s.index()));
      for (ClaimPattern p : patterns) {
        found += p.matcher().findAll(input).size();
      }
    }
    return found;
  }

  @Benchmark
  public int withRequiredWordFilter() {
    int found = 0;
    for (Sentence s : text.sentences()) {
      Set<String> sentenceWords = words(s);
      MatchInput input = null;
      for (ClaimPattern p : patterns) {
        if (p.matcher().couldMatch(sentenceWords)) {
          if (input == null) {
            input = new MatchInput(text.text(), s, text.mentions().get(s.index()));
          }
          found += p.matcher().findAll(input).size();
        }
      }
    }
    return found;
  }
}
