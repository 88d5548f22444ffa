package io.corroborate;

import java.util.ArrayList;
import java.util.List;

/** Splits a README command line into words as a POSIX shell does for the quoting used there: '...' and "...". */
public final class ShellWords {
  private ShellWords() {}

  public static List<String> split(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in: " + command);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
