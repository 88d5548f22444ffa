package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsLexer;
import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Parses one rule file into an AST. Never throws on bad input: syntax errors become diagnostics and
 * the declarations that did parse are kept, so semantic checks still run on them and a file with
 * several mistakes reports them all at once.
 */
public final class RuleParser {
  private RuleParser() {}

  public static ParseResult parse(SourceFile source) {
    SyntaxErrorCollector errors = new SyntaxErrorCollector(source);
    ClaimsLexer lexer = new ClaimsLexer(CharStreams.fromString(source.text(), source.name()));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    ClaimsParser parser = new ClaimsParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    ClaimsParser.FileContext tree = parser.file();
    List<Diagnostic> diagnostics = new ArrayList<>(errors.diagnostics());
    RuleFile file = new AstBuilder(source, diagnostics).build(tree);
    return new ParseResult(file, diagnostics);
  }
}
