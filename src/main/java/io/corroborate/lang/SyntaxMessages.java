package io.corroborate.lang;

import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/** Rewrites ANTLR's messages in the language's own words, with a hint where one helps. */
final class SyntaxMessages {
  private static final Pattern EXPECTING = Pattern.compile("expecting (.*)$");
  private static final Pattern MISSING = Pattern.compile("^missing (.*?) at ");
  private static final Pattern TOKEN = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|<EOF>|[A-Z_]+");

  private SyntaxMessages() {}

  static Diagnostic describe(SourceSpan span, Object offending, String antlrMessage, String nextToken) {
    String found = offending instanceof Token token
        ? (token.getType() == Token.EOF ? "end of file" : "`" + token.getText() + "`")
        : "input";
    String message = "unexpected " + found;
    Diagnostic diagnostic = Diagnostic.error(ErrorCode.P001, span, message);
    // a keyword followed by ':' was meant as a capture or variable name
    if (offending instanceof Token token && isKeyword(token) && ":".equals(nextToken)) {
      return diagnostic.withHelp("`" + token.getText() + "` is a reserved word of the language; choose another name");
    }
    Matcher m = EXPECTING.matcher(antlrMessage);
    if (m.find()) {
      String expected = readable(m.group(1));
      if (!expected.isEmpty() && expected.length() < 120) {
        return diagnostic.withHelp("expected " + expected);
      }
    }
    Matcher missing = MISSING.matcher(antlrMessage);
    if (missing.find()) {
      return diagnostic.withHelp("insert " + readable(missing.group(1)) + " here");
    }
    return diagnostic;
  }

  /** Keywords are the lexer's literal tokens made of letters, such as `from` or `value`. */
  private static boolean isKeyword(Token token) {
    String literal = io.corroborate.lang.antlr.ClaimsLexer.VOCABULARY.getLiteralName(token.getType());
    return literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1));
  }

  /** ANTLR lists tokens like {'}', ',', IDENT}: say them as a rule author would. */
  private static String readable(String expected) {
    List<String> parts = new ArrayList<>();
    Matcher m = TOKEN.matcher(expected);
    while (m.find()) {
      String token = m.group();
      parts.add(switch (token) {
        case "IDENT" -> "a name";
        case "STRING" -> "a quoted string";
        case "NUMBER" -> "a number";
        case "REGEX" -> "a /regex/";
        case "<EOF>" -> "end of file";
        default -> token.startsWith("'") ? "`" + token.substring(1, token.length() - 1) + "`" : token.toLowerCase();
      });
    }
    return parts.size() > 6 ? "" : String.join(" or ", parts);
  }
}
