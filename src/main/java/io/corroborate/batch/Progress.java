package io.corroborate.batch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error: documents done, documents per second, and an ETA when the total
 * is known. Redrawn in place at most five times a second; {@link #NONE} when output is not a terminal.
 */
public class Progress {
  /** Says nothing: for pipes, files, and embedders. */
  public static final Progress NONE = new Progress(null, -1, System::nanoTime);

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final long total;
  private final LongSupplier clock;
  private final long started;
  private long done;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter out, long total, LongSupplier clock) {
    this.out = out;
    this.total = total;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /** A bar drawn on {@code err}; {@code total} is -1 when unknown (no ETA then). */
  public static Progress bar(PrintWriter err, long total) {
    return new Progress(err, total, System::nanoTime);
  }

  /**
   * Whether standard error is a terminal. Java 17 has no isatty; on Linux, file descriptor 2 links to a
   * {@code /dev/pts} or {@code /dev/tty} device when it is one. Elsewhere, a console means a terminal.
   */
  public static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return false;
    }
    return System.console() != null;
  }

  void documentDone() {
    if (out == null) {
      return;
    }
    done++;
    long now = clock.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS || done == total) {
      lastDraw = now;
      draw(now);
    }
  }

  void finish() {
    if (out == null) {
      return;
    }
    draw(clock.getAsLong());
    out.print('\n');
    out.flush();
  }

  private void draw(long now) {
    out.print('\r');
    out.print(line(now));
    out.print("\u001b[K"); // clear what a longer earlier line left
    out.flush();
    drawn = true;
  }

  /** The bar's text at {@code now}, e.g. {@code [=========>     ] 6,000/10,000 documents  812/s  ETA 0:05}. */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder();
    if (total > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
      s.append('[').append("=".repeat(filled)).append(filled < BAR_WIDTH ? ">" : "")
          .append(" ".repeat(Math.max(0, BAR_WIDTH - filled - 1))).append("] ");
      s.append(String.format("%,d/%,d documents", done, total));
    } else {
      s.append(String.format("%,d documents", done));
    }
    s.append(String.format("  %,.0f/s", rate));
    if (total > 0 && done < total && rate > 0) {
      long eta = Math.round((total - done) / rate);
      s.append(String.format("  ETA %d:%02d", eta / 60, eta % 60));
    }
    return s.toString();
  }

  boolean drawn() {
    return drawn;
  }
}
