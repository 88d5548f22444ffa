package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Corroborate;
import io.corroborate.Golden;
import io.corroborate.Problem;
import io.corroborate.RuleSetException;
import io.corroborate.lang.antlr.ClaimsLexer;
import io.corroborate.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter against golden files, and its promises on every rule file in the repository: output is
 * a fixed point, the code tokens are untouched, and the formatted file compiles exactly as the original.
 */
class FormatterTest {
  static List<Path> goldenInputs() throws IOException {
    return Golden.inputs("fmt", ".claims");
  }

  /** Every rule file in the repository and the golden inputs, including the ones with mistakes. */
  static List<Path> ruleFiles() throws IOException {
    try (Stream<Path> files = Stream.of("rules", "examples", "src/test/resources/golden")
        .flatMap(FormatterTest::walk)) {
      return files.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenInputs")
  void formatsLikeTheGoldenFile(Path input) throws IOException {
    Golden.assertMatches(Golden.sibling(input, ".formatted"), Formatter.format(input.toString(), read(input)));
  }

  @Test
  void goldenInputsCoverSeveralMessyFiles() throws IOException {
    assertThat(goldenInputs()).hasSizeGreaterThanOrEqualTo(6);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void formattingIsIdempotentAndKeepsTheCode(Path file) throws IOException {
    String text = read(file);
    if (hasSyntaxErrors(file, text)) {
      assertThatThrownBy(() -> Formatter.format(file.toString(), text))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("syntax errors");
      return;
    }
    String formatted = Formatter.format(file.toString(), text);
    assertThat(Formatter.format(file.toString(), formatted)).isEqualTo(formatted);
    assertThat(code(formatted)).isEqualTo(code(text));
    assertThat(comments(formatted)).isEqualTo(comments(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void formattedFilesCompileAsTheOriginalsDo(Path file) throws IOException {
    String text = read(file);
    if (!hasSyntaxErrors(file, text)) {
      String formatted = Formatter.format(file.toString(), text);
      assertThat(compileOutcome(file, formatted)).isEqualTo(compileOutcome(file, text));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenInputs")
  void goldenOutputIsAFixedPoint(Path input) throws IOException {
    Path expected = Golden.sibling(input, ".formatted");
    String formatted = read(expected);
    assertThat(Formatter.format(expected.toString(), formatted)).isEqualTo(formatted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenInputs")
  void goldenOutputCompiles(Path input) throws IOException {
    String formatted = read(Golden.sibling(input, ".formatted"));
    assertThat(compileOutcome(input, formatted)).containsExactly("ok");
  }

  @Test
  void emptyAndCommentOnlyFiles() {
    assertThat(Formatter.format("")).isEmpty();
    assertThat(Formatter.format("\uFEFF \n\n\t\n")).isEmpty();
    assertThat(Formatter.format("\n\n   # only a comment   \n\n\n# and another")).isEqualTo("# only a comment\n\n# and another\n");
  }

  @Test
  void syntaxErrorsAreNotFormatted() {
    assertThatThrownBy(() -> Formatter.format("bad.claims", "lexicon A { a\nclaim"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad.claims has syntax errors; it was not formatted");
    assertThatThrownBy(() -> Formatter.format("lexicon A { a & b }")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spacesBetweenTokensNeverMatter() throws IOException {
    String text = read(Path.of("examples/kursk/kursk.claims"));
    String expected = Formatter.format(text);
    Random random = new Random(20261124);
    for (int i = 0; i < 50; i++) {
      String perturbed = insertAtTokenBoundaries(text, random, new String[] {" ", "\t", "   ", "\u00A0"});
      assertThat(Formatter.format("perturbed-" + i, perturbed)).as("perturbed %d:%n%s", i, perturbed).isEqualTo(expected);
    }
  }

  @Test
  void anyLineBreaksAndCommentsGiveAFixedPoint() throws IOException {
    String text = read(Path.of("examples/harbour/harbour.claims"));
    Random random = new Random(20261125);
    for (int i = 0; i < 100; i++) {
      String perturbed = insertAtTokenBoundaries(text, random, new String[] {"\n", "\n\n\n", " # note\n", "\n# line\n"});
      String formatted = Formatter.format("perturbed-" + i, perturbed);
      assertThat(Formatter.format(formatted)).as("perturbed %d:%n%s", i, perturbed).isEqualTo(formatted);
      assertThat(code(formatted)).isEqualTo(code(text));
    }
  }

  private static String insertAtTokenBoundaries(String text, Random random, String[] fragments) {
    List<Token> tokens = tokens(text);
    StringBuilder out = new StringBuilder();
    for (Token token : tokens) {
      if (token.getType() == Token.EOF) {
        break;
      }
      if (token.getChannel() == Token.DEFAULT_CHANNEL && random.nextInt(4) == 0) {
        out.append(fragments[random.nextInt(fragments.length)]);
      }
      out.append(token.getText());
    }
    return out.toString();
  }

  /** Whether compiling succeeds, or else the codes of its problems: formatting must not change either. */
  private static List<String> compileOutcome(Path file, String text) {
    try {
      Corroborate.compileText(file.toString(), text);
      return List.of("ok");
    } catch (RuleSetException e) {
      return e.problems().stream().map(Problem::code).toList();
    }
  }

  private static boolean hasSyntaxErrors(Path file, String text) {
    return RuleParser.parse(new SourceFile(file.toString(), text)).diagnostics().stream().anyMatch(d -> d.isError());
  }

  private static List<String> code(String text) {
    return tokens(text).stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
        .map(t -> ClaimsLexer.VOCABULARY.getSymbolicName(t.getType()) + " " + t.getText()).toList();
  }

  private static List<String> comments(String text) {
    return tokens(text).stream().filter(t -> t.getType() == ClaimsLexer.COMMENT)
        .map(t -> t.getText().stripTrailing()).toList();
  }

  private static List<Token> tokens(String text) {
    ClaimsLexer lexer = new ClaimsLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    return stream.getTokens();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Stream<Path> walk(String root) {
    try {
      return Files.walk(Path.of(root)).toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
