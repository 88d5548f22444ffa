package io.corroborate.cli;

import io.corroborate.Corroborate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fmt}: rewrites rule files in their canonical layout. Files with syntax errors are left alone and
 * explained as {@code check} would, after the other files are done, so one broken file does not block the rest.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = {"Rewrite rule files in the canonical layout; print the files that changed.",
        "Exit 1 if a file has syntax errors, or with --check if a file is not formatted."})
final class FmtCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Rule files or folders of .claims files.")
  List<Path> paths;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  private boolean failed;

  /** What to do with the formatted text; at most one of these. */
  static final class Mode {
    @Option(names = "--check", description = "Write nothing; list the files that are not formatted and exit 1 if any.")
    boolean check;

    @Option(names = "--stdout", description = "Print the formatted text instead of rewriting the files.")
    boolean stdout;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean unformatted = false;
    for (Path file : files()) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String formatted = format(file, text);
        if (formatted == null) {
          failed = true; // its diagnostics are printed
        } else if (mode.stdout) {
          out.print(formatted);
        } else if (!formatted.equals(text)) {
          unformatted = true;
          if (!mode.check) {
            replace(file, formatted);
          }
          out.println(file);
        }
      } catch (NoSuchFileException e) {
        fail("no such file: " + file);
      } catch (IOException e) {
        fail("cannot format " + file + ": " + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    // one exit code for both: the files need attention (README: 1 is invalid rules or usage)
    return failed || mode.check && unformatted ? ExitCodes.INVALID_RULES : ExitCodes.OK;
  }

  /** The formatted text, or null after printing the file's diagnostics if it has syntax errors. */
  private String format(Path file, String text) {
    try {
      return io.corroborate.Corroborate.format(file.toString(), text);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().print(Corroborate.check(List.of(file)).rendered());
      return null;
    }
  }

  private void fail(String message) {
    spec.commandLine().getErr().println("corroborate: " + message);
    failed = true;
  }

  /** The files named, each folder standing for every .claims file below it except *.broken.claims. */
  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> listed = Files.walk(path)) {
        listed.filter(p -> RuleFolders.included(p) && Files.isRegularFile(p)).sorted().forEach(files::add);
      } catch (IOException e) {
        fail("cannot list " + path + ": " + e.getMessage());
      }
    }
    return files;
  }

  /** Writes beside the file and renames over it, so an interrupted run never leaves half a rule file. */
  private static void replace(Path file, String formatted) throws IOException {
    Path target = file.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".corroborate-fmt-", ".tmp");
    try {
      Files.writeString(temp, formatted, StandardCharsets.UTF_8);
      if (Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
