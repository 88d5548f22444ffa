package io.corroborate.lang;

import io.corroborate.Golden;
import io.corroborate.source.DiagnosticRenderer;
import io.corroborate.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The AST (and any syntax errors) of every rule file under golden/parse equals the stored dump. */
class ParseGoldenTest {
  static Stream<Path> ruleFiles() throws Exception {
    return Golden.inputs("parse", ".claims").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void astMatchesGolden(Path file) throws Exception {
    ParseResult result = RuleParser.parse(new SourceFile(file.getFileName().toString(), Files.readString(file)));
    String dump = AstPrinter.print(result.file()) + DiagnosticRenderer.render(result.diagnostics());
    Golden.assertMatches(Golden.sibling(file, ".ast"), dump);
  }
}
