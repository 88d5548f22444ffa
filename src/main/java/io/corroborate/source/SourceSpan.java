package io.corroborate.source;

/**
 * A range of characters in one rule file: {@code [start, end)} as char offsets. Every AST node and
 * every diagnostic has one, so an error can always point at the text that caused it.
 */
public record SourceSpan(SourceFile file, int start, int end) {

  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int line() {
    return file.lineOf(start);
  }

  public int column() {
    return file.columnOf(start);
  }

  /** {@code file:line:col}, the prefix every tool understands. */
  public String location() {
    return file.name() + ":" + line() + ":" + column();
  }

  public String text() {
    return file.text().substring(start, Math.min(end, file.text().length()));
  }

  /** The smallest span that covers both. */
  public SourceSpan to(SourceSpan other) {
    return new SourceSpan(file, Math.min(start, other.start), Math.max(end, other.end));
  }
}
