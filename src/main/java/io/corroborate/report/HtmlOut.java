package io.corroborate.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes HTML: markup comes only from this package's code, and every piece of report text (document
 * text, names, rule messages) goes through {@link #text} or {@link #attr}, which escape it.
 */
final class HtmlOut {
  private final Appendable out;

  HtmlOut(Appendable out) {
    this.out = out;
  }

  /** Markup written by this package, never report data. */
  HtmlOut raw(String markup) {
    return append(markup);
  }

  /** Report data as element content; null writes nothing. */
  HtmlOut text(String data) {
    return append(escape(data));
  }

  /** An attribute with a data value: {@code  name="value"}. */
  HtmlOut attr(String name, String value) {
    return append(" ").append(name).append("=\"").append(escape(value)).append("\"");
  }

  /**
   * Escapes the five characters that could end text or an attribute, and replaces control characters
   * that HTML does not allow, so hostile document text shows as text.
   */
  static String escape(String data) {
    if (data == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(data.length() + 16);
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(allowed(c) ? c : '\uFFFD');
      }
    }
    return escaped.toString();
  }

  private static boolean allowed(char c) {
    return c >= 0x20 ? c != 0x7F && !(c >= 0x80 && c <= 0x9F) : c == '\n' || c == '\t' || c == '\r';
  }

  private HtmlOut append(String s) {
    try {
      out.append(s);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
