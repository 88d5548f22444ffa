package io.corroborate.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a JSONL stream, one at a time, so a file of any size (or standard input) is read in
 * constant memory. Each line is decoded on its own: UTF-8, or windows-1252 when its bytes are not
 * valid UTF-8, so one badly encoded line spoils nothing else. Blank lines are skipped; line numbers
 * count them. Reading errors surface as {@link UncheckedIOException} from {@link #next}/{@link #hasNext}.
 */
public final class JsonLines implements Iterator<JsonLines.Line> {
  /**
   * One line of input.
   *
   * @param number 1-based line number in the stream
   * @param fallback the line was not valid UTF-8 and was read as windows-1252
   */
  public record Line(int number, String text, boolean fallback) {}

  private final InputStream in;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private int lineNumber;
  private Line next;
  private boolean ended;

  public JsonLines(InputStream in) {
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !ended) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line line = next;
    next = null;
    return line;
  }

  /** The next non-blank line, or null after a blank one (the caller loops) or at the end. */
  private Line readLine() {
    buffer.reset();
    try {
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        buffer.write(b);
      }
      if (b == -1) {
        ended = true;
        if (buffer.size() == 0) {
          return null;
        }
      }
    } catch (IOException e) {
      ended = true;
      throw new UncheckedIOException("cannot read line " + (lineNumber + 1) + ": " + e.getMessage(), e);
    }
    lineNumber++;
    byte[] bytes = buffer.toByteArray();
    // a line no encoding reads cleanly is read leniently and flagged: its JSON, if any, still gets a chance
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes) instanceof TextDecoding.Decoded d ? d
        : new TextDecoding.Decoded(new String(bytes, TextDecoding.WINDOWS_1252), true);
    String text = decoded.text().endsWith("\r") ? decoded.text().substring(0, decoded.text().length() - 1)
        : decoded.text();
    return text.isBlank() ? null : new Line(lineNumber, text, decoded.fallback());
  }
}
