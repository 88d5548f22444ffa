package io.corroborate.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one door through which text enters DRL: what goes in must come out unchanged and harmless. */
class DrlTextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "plain", "with \"quotes\"", "back\\slash", "end\"; then drop()", "line\nbreak", "tab\tand\rreturn",
      "unicode – Zelenskyy’s “quote”", "\u0000nul", "$dollar ${template}", "emoji 😀", "\\\"", "\"\"\""})
  void quotedStringsReadBackExactlyAndStayOnOneAsciiLine(String value) {
    String literal = DrlText.quote(value);
    assertThat(literal).startsWith("\"").endsWith("\"").doesNotContain("\n").doesNotContain("\r");
    assertThat(literal.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)).isTrue();
    assertThat(JavaStringLiteral.read(literal)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TroopCount", "a", "_x", "Kind_2"})
  void identifiersPass(String name) {
    assertThat(DrlText.identifier(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2x", "a b", "a;b", "a\"", "é", "a.b", "x(y)"})
  void nonIdentifiersAreRejected(String name) {
    assertThatThrownBy(() -> DrlText.identifier(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0", "11000, 11000.0", "0.05, 0.05", "-3.5, -3.5"})
  void numbersAreDoubleLiterals(double value, String expected) {
    assertThat(DrlText.number(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void nonFiniteNumbersAreRejected(double value) {
    assertThatThrownBy(() -> DrlText.number(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "x\ry", "tab\there"})
  void commentsStayOnOneLine(String text) {
    assertThat(DrlText.comment(text)).doesNotContain("\n").doesNotContain("\r").doesNotContain("\t");
  }

  /** Reads a Java string literal back, as the Drools/Java compiler would. */
  static final class JavaStringLiteral {
    static String read(String literal) {
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < literal.length() - 1; i++) {
        char c = literal.charAt(i);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char n = literal.charAt(++i);
        switch (n) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(n);
        }
      }
      return out.toString();
    }
  }
}
