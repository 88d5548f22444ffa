package io.corroborate.compile.match;

/** The plain form of a captured name: possessive and surrounding quotes dropped. */
public final class EntityNames {
  private EntityNames() {}

  public static String plain(String name) {
    String text = name.strip();
    if (text.endsWith("'s") || text.endsWith("\u2019s")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("s'") || text.endsWith("s\u2019")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}
