package io.corroborate.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the whole new content, never a part: the
 * text goes to a temporary file in the same folder (same file system, so the rename is atomic), which
 * replaces the target only once complete. On any failure the temporary file is removed and the
 * target is left as it was.
 */
public final class AtomicOutput {
  /** Writes the content; may throw, in which case nothing is replaced. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicOutput() {}

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("cannot write `" + target + "`: folder `" + folder + "` does not exist");
    }
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
        content.writeTo(out);
      }
      readableLikeAPlainFile(temp, absolute);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot replace `" + target + "` atomically on this file system", e);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A temporary file is private (rw-------); a report should read like any file the user writes: the
   * replaced file's permissions, or rw-r--r-- for a new one. File systems without POSIX permissions keep
   * their own.
   */
  private static void readableLikeAPlainFile(Path temp, Path target) throws IOException {
    try {
      var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
          : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, permissions);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
