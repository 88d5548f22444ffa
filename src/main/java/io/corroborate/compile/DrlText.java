package io.corroborate.compile;

import java.util.regex.Pattern;

/**
 * The one place where text enters generated DRL. User strings are only ever emitted as escaped
 * string literals, identifiers are validated against a strict shape, and numbers must be finite.
 */
public final class DrlText {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private DrlText() {}

  /** A DRL/Java string literal, quotes included, that reads back as exactly {@code value}. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c)); // keeps the DRL pure ASCII
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** An identifier for generated code; anything else is a compiler bug, never user input passed on. */
  public static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a valid identifier: " + quote(name));
    }
    return name;
  }

  /** A finite number as a DRL double literal. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return Double.toString(value);
  }

  /** Text for a DRL line comment: control characters (a line break would end the comment) replaced. */
  public static String comment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f ? '?' : (char) c));
    return out.toString();
  }

}
