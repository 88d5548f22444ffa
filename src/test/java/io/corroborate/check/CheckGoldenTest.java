package io.corroborate.check;

import io.corroborate.CheckResult;
import io.corroborate.Corroborate;
import io.corroborate.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule file under golden/check renders exactly the diagnostics stored beside it. */
class CheckGoldenTest {
  static Stream<Path> ruleFiles() throws Exception {
    return Golden.inputs("check", ".claims").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void diagnosticsMatchGolden(Path ruleFile) throws Exception {
    CheckResult result = Corroborate.check(List.of(ruleFile));
    Golden.assertMatches(Golden.sibling(ruleFile, ".diagnostics"), result.rendered());
  }
}
