package io.corroborate.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.source.Diagnostic;
import io.corroborate.source.SourceFile;
import io.corroborate.source.SourceSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Drools error is our bug, but it must still point at the rule file: the generated rule's name leads
 * back to the declaration that produced it.
 */
class RuleBaseBuilderTest {

  @Test
  void droolsErrorsAreMappedBackToTheRuleFile() {
    SourceFile source = new SourceFile("rules/x.claims", "claim X() value n: QUANTITY {\n  pattern n:QUANTITY\n}\n");
    SourceSpan declaration = new SourceSpan(source, 0, 5);
    String drl = """
        package io.corroborate.generated;

        rule "generated from x" salience 1
        when
            $x : NoSuchType( )
        then
        end
        """;
    GeneratedRules broken = new GeneratedRules(drl, List.of(), List.of(), List.of(),
        Map.of("generated from x", declaration));

    RuleBaseBuilder.Result result = RuleBaseBuilder.build(broken);

    assertThat(result.kieBase()).isNull();
    assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.code()).isEqualTo("K001");
      assertThat(d.span()).isEqualTo(declaration);
      assertThat(d.help()).contains("bug in Corroborate");
    });
    assertThat(result.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("NoSuchType"));
  }

  @Test
  void validRulesBuildARuleBase() {
    String drl = """
        package io.corroborate.generated;
        import io.corroborate.compile.facts.KeyFact;

        rule "anything" salience 1
        when
            KeyFact( )
        then
        end
        """;
    RuleBaseBuilder.Result result = RuleBaseBuilder.build(new GeneratedRules(drl, List.of(), List.of(), List.of(), Map.of()));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.kieBase()).isNotNull();
  }
}
