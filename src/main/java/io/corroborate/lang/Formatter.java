package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsLexer;
import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.SourceFile;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The canonical layout of a rule file, for {@code corroborate fmt}. It re-prints the token stream, so
 * strings and regular expressions come out byte for byte, and it never wraps or joins lines
 * on its own judgement: long lines are the author's call. The policy, which is the whole of it:
 *
 * <ul>
 *   <li>Every declaration starts a line at column 0. Declarations are separated by one blank line,
 *       except that one-line declarations of the same kind (imports, {@code agree} lines, one-line
 *       lexicons) stay together if the author wrote them together.
 *   <li>A claim body puts each {@code pattern}/{@code example} on its own line, indented 2, with the
 *       braces on the header line and alone on the last line. A lexicon body stays on one line
 *       ({@code { a, b }}) unless the author broke it; then its lines are indented 2.
 *   <li>Other line breaks are the author's. A line inside a declaration that starts with a clause
 *       keyword ({@code from value on severity when then message suppress}) is indented 2; any other
 *       continuation line, including a pattern's, is indented 4 (2 more than the line it continues).
 *       A line never starts with a token that binds to the left ({@code , ) ? %} ...) nor ends with one
 *       that binds to the right ({@code ( [ .}); such breaks are removed.
 *   <li>One space between tokens, except around the binding punctuation in {@link Spacing}: none
 *       inside parentheses and brackets, before {@code , ;} and quantifiers, around {@code .}, in
 *       {@code count:QUANTITY}, {@code what:(...)}, {@code Word{1,3}}, {@code claim K(} and
 *       {@code agree(}; {@code lexicon L : PERSON} and slot declarations {@code place: PLACE} keep the
 *       spaces the language reference shows.
 *   <li>Comments keep their text (less trailing white space). A trailing comment stays at the end of its
 *       line after one space; a full-line comment keeps its own line and takes the indentation of the
 *       line below it (inside the block if a '}' follows).
 *   <li>At most one blank line anywhere, none just inside braces or at the ends of the file. Lines end
 *       in {@code \n}, without trailing spaces, and the file ends with one newline.
 * </ul>
 *
 * <p>Because the output depends only on the tokens, the comments and where the author broke lines, and
 * the output keeps exactly the breaks it chose, formatting is idempotent.
 */
public final class Formatter {
  private Formatter() {}

  /** Formats rule text held in memory; see {@link #format(String, String)}. */
  public static String format(String source) {
    return format("<input>", source);
  }

  /**
   * The canonical layout of {@code source}; {@code name} is used in the error message.
   *
   * @throws IllegalArgumentException if the text has syntax errors: it is left to {@code check} to explain them
   * @throws IllegalStateException if the layout changed a token, which is a bug in the formatter
   */
  public static String format(String name, String source) {
    boolean broken = RuleParser.parse(new SourceFile(name, source)).diagnostics().stream()
        .anyMatch(Diagnostic::isError);
    if (broken) {
      throw new IllegalArgumentException(name + " has syntax errors; it was not formatted");
    }
    CommonTokenStream stream = new CommonTokenStream(lexer(source));
    ClaimsParser parser = new ClaimsParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    ClaimsParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (ParseCancellationException e) {
      throw new IllegalStateException("the formatter's parse of " + name + " failed where RuleParser's did not", e);
    }
    List<Token> tokens = stream.getTokens();
    TokenRoles roles = TokenRoles.of(tree, tokens.size());
    Spacing spacing = new Spacing(roles);
    String formatted = new Printer(tokens, roles, new Layout(tokens, roles, spacing), spacing).print();
    if (!code(source).equals(code(formatted))) {
      throw new IllegalStateException("formatting " + name + " changed its tokens; this is a bug in the formatter");
    }
    return formatted;
  }

  /** The default-channel tokens as type and text: what formatting must never change. */
  private static List<String> code(String text) {
    CommonTokenStream stream = new CommonTokenStream(lexer(text));
    stream.fill();
    return stream.getTokens().stream()
        .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
        .map(t -> t.getType() + " " + t.getText())
        .toList();
  }

  private static ClaimsLexer lexer(String text) {
    ClaimsLexer lexer = new ClaimsLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    return lexer;
  }
}
