package io.corroborate.lang;

import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceFile;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Turns ANTLR's syntax errors into diagnostics that point at the whole offending token. */
final class SyntaxErrorCollector extends BaseErrorListener {
  private final SourceFile source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  SyntaxErrorCollector(SourceFile source) {
    this.source = source;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg, RecognitionException e) {
    SourceSpan span = spanOf(offending, line, column);
    if (!diagnostics.isEmpty() && diagnostics.get(diagnostics.size() - 1).span().line() == span.line()) {
      return; // after the first error on a line, recovery mostly reports its own echoes
    }
    if (offending instanceof Token token && token.getType() == io.corroborate.lang.antlr.ClaimsLexer.UNKNOWN) {
      diagnostics.add(Diagnostic.error(ErrorCode.P002, span, "unexpected character `" + token.getText() + "`")
          .withHelp("strings are written in double quotes and regular expressions between slashes"));
      return;
    }
    diagnostics.add(SyntaxMessages.describe(span, offending, msg, nextVisible(recognizer, offending)));
  }

  /** The first non-blank character after the offending token, as text; null at the end. */
  private String nextVisible(Recognizer<?, ?> recognizer, Object offending) {
    if (!(offending instanceof Token token) || token.getStopIndex() < 0) {
      return null;
    }
    String text = source.text();
    for (int i = token.getStopIndex() + 1; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return String.valueOf(text.charAt(i));
      }
    }
    return null;
  }

  private SourceSpan spanOf(Object offending, int line, int column) {
    if (offending instanceof Token token && token.getStartIndex() >= 0 && token.getType() != Token.EOF) {
      int start = token.getStartIndex();
      return new SourceSpan(source, start, Math.max(start + 1, token.getStopIndex() + 1));
    }
    // At end of file, point just after the last thing written, not at an empty last line.
    String text = source.text();
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new SourceSpan(source, end, Math.min(end + 1, text.length()));
  }
}
