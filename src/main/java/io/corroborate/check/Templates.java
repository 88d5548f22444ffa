package io.corroborate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message templates: {@code "{a.source} quotes {a.speaker}"}. Placeholders are found here once. */
public final class Templates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private Templates() {}

  /** A placeholder and its char offsets inside the template text. */
  public record Placeholder(String name, int start, int end) {}

  public static List<Placeholder> placeholders(String template) {
    List<Placeholder> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(new Placeholder(m.group(1).trim(), m.start(), m.end()));
    }
    return out;
  }
}
