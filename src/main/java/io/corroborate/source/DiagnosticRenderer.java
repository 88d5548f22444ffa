package io.corroborate.source;

import java.util.List;

/**
 * Renders diagnostics for people, the same way in the CLI, the tests and the golden files:
 *
 * <pre>
 * rules/kursk.claims:12:14: error[C001]: unknown lexicon `Troop`
 *  12 |   n:QUANTITY Troop
 *     |              ^^^^^
 *     = help: did you mean `Troops`?
 * </pre>
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(render(d));
    }
    return out.toString();
  }

  public static String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    String where = d.span() == null ? d.origin() : d.span().location();
    out.append(where).append(": ").append(d.severity().label())
        .append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
    if (d.span() != null) {
      appendSourceLine(out, d.span());
    }
    if (d.help() != null) {
      out.append(pad(gutterWidth(d))).append(" = help: ").append(d.help()).append('\n');
    }
    return out.toString();
  }

  private static int gutterWidth(Diagnostic d) {
    return d.span() == null ? 1 : Integer.toString(d.span().line()).length() + 1;
  }

  private static void appendSourceLine(StringBuilder out, SourceSpan span) {
    int line = span.line();
    String text = span.file().lineText(line).replace('\t', ' ');
    String number = Integer.toString(line);
    out.append(' ').append(number).append(" | ").append(text).append('\n');
    int column = span.column();
    int lineEnd = text.codePointCount(0, text.length()) + 1;
    int endColumn = span.end() > span.start() && span.file().lineOf(span.end() - 1) == line
        ? span.file().columnOf(span.end())
        : lineEnd;
    int width = Math.max(1, endColumn - column);
    out.append(pad(number.length() + 1)).append(" | ")
        .append(pad(column - 1)).append("^".repeat(width)).append('\n');
  }

  private static String pad(int n) {
    return " ".repeat(Math.max(0, n));
  }
}
