package io.corroborate.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Report;
import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.Checker;
import io.corroborate.engine.Evaluator;
import io.corroborate.input.DocumentReader;
import io.corroborate.lang.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: a hit gives the same verdicts, any change misses, damage only rebuilds. */
class RuleBaseCacheTest {
  private static final Path HARBOUR = Path.of("examples/harbour");

  @TempDir
  Path dir;

  private static CheckedRuleSet checked(List<Path> paths) {
    RuleSetLoader.Result loaded = RuleSetLoader.load(paths);
    CheckedRuleSet rules = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    assertThat(rules).as("the rules check").isNotNull();
    return rules;
  }

  private static CompiledRuleSet compiled(CheckedRuleSet checked, Optional<RuleBaseCache> cache) {
    RuleSetCompiler.Result result = RuleSetCompiler.compile(checked, cache);
    assertThat(result.diagnostics()).isEmpty();
    return result.ruleSet();
  }

  private static Report evaluateHarbour(CompiledRuleSet rules) {
    DocumentReader.Result input = DocumentReader.read(List.of(HARBOUR.resolve("reports")));
    return new Evaluator(rules).evaluate(input.documents(), input.problems());
  }

  private List<Path> entries() throws Exception {
    Path folder = RuleBaseCache.in(dir).folder();
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Test
  void aHitLoadsTheStoredRuleBaseAndGivesTheSameReport() throws Exception {
    CheckedRuleSet rules = checked(List.of(HARBOUR));
    GeneratedRules drl = DrlGenerator.generate(rules);
    RuleBaseCache cache = RuleBaseCache.in(dir);

    assertThat(RuleBaseBuilder.build(drl, Optional.of(cache)).cached()).isFalse();
    assertThat(entries()).hasSize(1);
    assertThat(RuleBaseBuilder.build(drl, Optional.of(cache)).cached()).isTrue();

    Report built = evaluateHarbour(compiled(rules, Optional.empty()));
    Report loaded = evaluateHarbour(compiled(rules, Optional.of(cache)));
    assertThat(built.verdicts()).isNotEmpty();
    assertThat(loaded).isEqualTo(built);
  }

  @Test
  void changedRulesMissAndGetTheirOwnEntry() throws Exception {
    RuleBaseCache cache = RuleBaseCache.in(dir);
    String rules = """
        lexicon Animals { geese, swans }
        claim Flock(bird: Animals) value count: QUANTITY {
          pattern count:QUANTITY bird:Animals "landed"
        }
        agree Flock when count overlaps within 5%
        """;
    GeneratedRules first = DrlGenerator.generate(checkedText(rules));
    GeneratedRules second = DrlGenerator.generate(checkedText(rules.replace("within 5%", "within 7%")));
    assertThat(second.drl()).isNotEqualTo(first.drl());

    RuleBaseBuilder.build(first, Optional.of(cache));
    assertThat(RuleBaseBuilder.build(second, Optional.of(cache)).cached()).isFalse();
    assertThat(entries()).hasSize(2);
    assertThat(RuleBaseCache.key(first.drl())).isNotEqualTo(RuleBaseCache.key(second.drl()));
  }

  private static CheckedRuleSet checkedText(String text) {
    RuleSetLoader.Result loaded = RuleSetLoader.loadText("birds.claims", text);
    CheckedRuleSet rules = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    assertThat(rules).isNotNull();
    return rules;
  }

  @Test
  void aDamagedEntryIsRebuiltAndReplaced() throws Exception {
    GeneratedRules drl = DrlGenerator.generate(checked(List.of(HARBOUR)));
    RuleBaseCache cache = RuleBaseCache.in(dir);
    RuleBaseBuilder.build(drl, Optional.of(cache));
    Path entry = entries().get(0);
    long whole = Files.size(entry);
    Files.write(entry, java.util.Arrays.copyOf(Files.readAllBytes(entry), (int) whole / 2));

    RuleBaseBuilder.Result rebuilt = RuleBaseBuilder.build(drl, Optional.of(cache));
    assertThat(rebuilt.cached()).isFalse();
    assertThat(rebuilt.kieBase()).isNotNull();
    // replaced by a whole entry (serialization order varies, so the size is compared, not the bytes)
    assertThat(Files.size(entry)).isCloseTo(whole, org.assertj.core.data.Percentage.withPercentage(2));
    assertThat(RuleBaseBuilder.build(drl, Optional.of(cache)).cached()).isTrue();
  }

  @Test
  void concurrentRunsWithAnEmptyCacheAllSucceedAndLeaveOneWholeEntry() throws Exception {
    GeneratedRules drl = DrlGenerator.generate(checked(List.of(HARBOUR)));
    RuleBaseCache cache = RuleBaseCache.in(dir);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RuleBaseBuilder.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> RuleBaseBuilder.build(drl, Optional.of(cache))));
      }
      for (Future<RuleBaseBuilder.Result> run : runs) {
        assertThat(run.get().kieBase()).isNotNull();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(entries()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".kpkg"));
    assertThat(RuleBaseBuilder.build(drl, Optional.of(cache)).cached()).isTrue();
  }

  @Test
  void theEnvironmentSwitchesTheCacheOffAndNamesItsFolder() {
    Map<String, String> home = Map.of("user.home", "/home/reader");
    assertThat(RuleBaseCache.fromSettings(home, Map.of())).map(RuleBaseCache::folder)
        .contains(Path.of("/home/reader/.cache/corroborate/rules"));
    assertThat(RuleBaseCache.fromSettings(home, Map.of("XDG_CACHE_HOME", "/xdg"))).map(RuleBaseCache::folder)
        .contains(Path.of("/xdg/corroborate/rules"));
    assertThat(RuleBaseCache.fromSettings(home, Map.of("CORROBORATE_CACHE_DIR", "/c"))).map(RuleBaseCache::folder)
        .contains(Path.of("/c/rules"));
    assertThat(RuleBaseCache.fromSettings(Map.of("user.home", "/h", RuleBaseCache.DIR_PROPERTY, "/p"),
        Map.of("CORROBORATE_CACHE_DIR", "/c"))).map(RuleBaseCache::folder).contains(Path.of("/p/rules"));
    assertThat(RuleBaseCache.fromSettings(home, Map.of("CORROBORATE_NO_CACHE", "1"))).isEmpty();
    assertThat(RuleBaseCache.fromSettings(home, Map.of("CORROBORATE_NO_CACHE", "0"))).isPresent();
    assertThat(RuleBaseCache.fromSettings(Map.of("user.home", "/h", RuleBaseCache.DISABLE_PROPERTY, "off"), Map.of()))
        .isEmpty();
  }

  @Test
  void anUnwritableFolderOnlyMeansNoCache() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    GeneratedRules drl = DrlGenerator.generate(checked(List.of(HARBOUR)));
    RuleBaseBuilder.Result result = RuleBaseBuilder.build(drl, Optional.of(RuleBaseCache.in(file)));
    assertThat(result.kieBase()).isNotNull();
    assertThat(result.cached()).isFalse();
  }
}
