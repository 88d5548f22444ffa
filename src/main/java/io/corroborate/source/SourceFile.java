package io.corroborate.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one rule file with a line index, so spans can be turned into line and column and
 * diagnostics can quote the offending line. Columns are 1-based and counted in code points.
 */
public final class SourceFile {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String name, String text) {
    this.name = name;
    this.text = text;
    this.lineStarts = indexLines(text);
  }

  private static int[] indexLines(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The name shown in diagnostics: the path as the user gave it, or a label for in-memory text. */
  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** 1-based line of a char offset. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** 1-based column of a char offset, counted in code points. */
  public int columnOf(int offset) {
    int lineStart = lineStarts[lineOf(offset) - 1];
    int clamped = Math.min(Math.max(offset, lineStart), text.length());
    return text.codePointCount(lineStart, clamped) + 1;
  }

  /** Char offset of a 1-based line and a 0-based char position in that line (ANTLR's convention). */
  public int offsetOf(int line, int charPositionInLine) {
    int index = Math.min(Math.max(line, 1), lineStarts.length) - 1;
    return Math.min(lineStarts[index] + Math.max(charPositionInLine, 0), text.length());
  }

  /** The text of a 1-based line without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }
}
