package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.RuleSetLoader;
import io.corroborate.check.Checker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule-file block in docs/language.md is real: a {@code claims} block compiles with no problem,
 * and a {@code claims-error C001 ...} block produces exactly the error codes it names.
 */
class DocsExamplesTest {
  private static final Path DOC = Path.of("docs/language.md");

  record Block(int line, String info, String text) {
    @Override
    public String toString() {
      return "docs/language.md:" + line + " (" + info + ")";
    }
  }

  static Stream<Block> blocks() throws Exception {
    List<String> lines = Files.readAllLines(DOC);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String info = lines.get(i).startsWith("```") ? lines.get(i).substring(3).trim() : "";
      if (info.startsWith("claims")) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        while (!lines.get(++i).startsWith("```")) {
          text.append(lines.get(i)).append('\n');
        }
        blocks.add(new Block(start, info, text.toString()));
      }
    }
    assertThat(blocks).hasSizeGreaterThan(8);
    return blocks.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void everyBlockDoesWhatItSays(Block block) throws Exception {
    String name = "docs/example-" + block.line() + ".claims";
    if (block.info().equals("claims")) {
      RuleSet rules = Corroborate.compileText(name, block.text());
      assertThat(rules.warnings()).extracting(Problem::code).allMatch(code -> code.equals("W104"));
      assertThat(rules.runExamples()).allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
    } else {
      List<String> expected = Arrays.asList(block.info().substring("claims-error".length()).trim().split("\\s+"));
      RuleSetLoader.Result loaded = RuleSetLoader.loadText(name, block.text());
      List<String> codes = Checker.check(loaded.files(), loaded.diagnostics()).diagnostics().stream()
          .map(d -> d.code()).distinct().toList();
      assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
