package io.corroborate.compile.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.Checker;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.RuleSetCompiler;
import io.corroborate.lang.RuleSetLoader;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.TextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence is tagged only when a pattern that reads tags can still match it whatever the tags say; the
 * guess decides only whether to tag, never what matches.
 */
class GuessedTagsTest {
  @TempDir
  Path dir;

  private CompiledPattern pattern(String pattern) throws Exception {
    Path file = dir.resolve("t.claims");
    Files.writeString(file, "claim Seen(what: NOUN) value count: QUANTITY {\n  pattern " + pattern + "\n}\n");
    RuleSetLoader.Result loaded = RuleSetLoader.load(List.of(file));
    CheckedRuleSet checked = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    CompiledRuleSet rules = RuleSetCompiler.compile(checked, Optional.empty()).ruleSet();
    return rules.claimPatterns().get(0).matcher();
  }

  private static MatchInput input(String sentence) {
    AnalyzedText text = TextAnalyzer.analyze(sentence, 0.05, null);
    return new MatchInput(text.text(), text.sentences().get(0), () -> text.mentions(0), text::quotes);
  }

  @Test
  void aSentenceWhoseWordsRuleOutThePatternIsNotTagged() throws Exception {
    CompiledPattern seen = pattern("count:QUANTITY what:NOUN \"were\" \"seen\"");
    MatchInput input = input("Officials said 40 soldiers were moved to the border.");
    assertThat(seen.findAll(input)).isEmpty();
    assertThat(input.tagged()).isFalse();
  }

  @Test
  void aSentenceThatMayMatchIsTaggedAndMatched() throws Exception {
    CompiledPattern seen = pattern("count:QUANTITY what:NOUN \"were\" \"seen\"");
    MatchInput input = input("Officials said 40 soldiers were seen near the border.");
    List<Match> found = seen.findAll(input);
    assertThat(input.tagged()).isTrue();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).captures()).extracting(Match.Capture::value).contains("soldier"); // the key, built once the match is whole
  }

  @Test
  void guessesNeverLetThroughWhatTheTagsRuleOut() throws Exception {
    // "not [pos=VERB]" passes every token while tags are guessed; the real tags then reject the verb
    CompiledPattern seen = pattern("count:QUANTITY what:NOUN (not [pos=VERB]) \"seen\"");
    MatchInput verb = input("Officials said 40 soldiers arrived seen by all.");
    assertThat(seen.findAll(verb)).isEmpty();
    assertThat(verb.tagged()).isTrue();
    MatchInput noun = input("Officials said 40 soldiers there seen by all.");
    assertThat(seen.findAll(noun)).hasSize(1);
  }
}
