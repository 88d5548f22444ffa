package io.corroborate.lang;

import io.corroborate.lang.ast.Name;
import io.corroborate.source.SourceFile;
import io.corroborate.source.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Converts ANTLR positions to spans, once, in one place. */
final class Spans {
  private final SourceFile source;

  Spans(SourceFile source) {
    this.source = source;
  }

  SourceFile source() {
    return source;
  }

  SourceSpan of(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < start.getStartIndex()
        ? start
        : ctx.getStop();
    return of(start.getStartIndex(), stop.getStopIndex());
  }

  SourceSpan of(Token token) {
    return of(token.getStartIndex(), token.getStopIndex());
  }

  private SourceSpan of(int startIndex, int stopIndex) {
    int start = Math.max(0, Math.min(startIndex, source.text().length()));
    int end = Math.max(start, Math.min(stopIndex + 1, source.text().length()));
    return new SourceSpan(source, start, end);
  }

  /** A possibly qualified name ({@code news.Victims}) as one name with one span. */
  Name name(ParserRuleContext qualified) {
    return new Name(Incomplete.require(qualified).getText(), of(qualified));
  }

  Name name(Token token) {
    return new Name(Incomplete.require(token).getText(), of(token));
  }

  /** A string literal's value, without quotes and escapes. */
  Name string(Token token) {
    return new Name(unquote(Incomplete.require(token).getText()), of(token));
  }

  /** A literal that may be a quoted string, a number or a bare word. */
  Name literal(ParserRuleContext ctx) {
    String text = ctx.getText();
    return new Name(text.startsWith("\"") ? unquote(text) : text, of(ctx));
  }

  static String unquote(String quoted) {
    if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
      throw Incomplete.hole();
    }
    StringBuilder out = new StringBuilder(quoted.length());
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char next = quoted.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
