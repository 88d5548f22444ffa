package io.corroborate.lang;

import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/** Rewrites ANTLR's messages in the language's own words, with a hint where one helps. */
final class SyntaxMessages {
  private static final Pattern EXPECTING = Pattern.compile("expecting (.*)$");

  private SyntaxMessages() {}

  static Diagnostic describe(SourceSpan span, Object offending, String antlrMessage) {
    String found = offending instanceof Token token
        ? (token.getType() == Token.EOF ? "end of file" : "`" + token.getText() + "`")
        : "input";
    String message = "unexpected " + found;
    Diagnostic diagnostic = Diagnostic.error(ErrorCode.P001, span, message);
    Matcher m = EXPECTING.matcher(antlrMessage);
    if (m.find()) {
      String expected = readable(m.group(1));
      if (!expected.isEmpty() && expected.length() < 120) {
        return diagnostic.withHelp("expected " + expected);
      }
    }
    if (antlrMessage.startsWith("missing ")) {
      return diagnostic.withHelp(antlrMessage.replace("missing", "insert").replaceAll(" at .*$", ""));
    }
    return diagnostic;
  }

  /** ANTLR lists token names like {'{', IDENT}: say them as a rule author would. */
  private static String readable(String expected) {
    String text = expected.replace("{", "").replace("}", "");
    text = text.replace("IDENT", "a name").replace("STRING", "a quoted string")
        .replace("NUMBER", "a number").replace("REGEX", "a /regex/").replace("<EOF>", "end of file");
    String[] parts = text.split(",\\s*");
    if (parts.length > 6) {
      return "";
    }
    return String.join(" or ", parts).replace("'", "`");
  }
}
