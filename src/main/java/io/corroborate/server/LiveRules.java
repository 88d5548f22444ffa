package io.corroborate.server;

import io.corroborate.Corroborate;
import io.corroborate.RuleSetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set requests are evaluated with, and its replacement. A reload compiles the files into a new
 * rule set off to the side and swaps it in with one reference write, so a request sees either the old
 * set or the new one, never a mix; a rule set with errors never replaces a good one. Reloads run one at
 * a time (a request reload and a file-change reload may meet).
 */
final class LiveRules {
  private final List<Path> roots;
  private final Clock clock;
  private final AtomicReference<LoadedRules> current = new AtomicReference<>();
  private volatile ReloadAttempt lastFailure;

  private LiveRules(List<Path> roots, Clock clock, LoadedRules first) {
    this.roots = List.copyOf(roots);
    this.clock = clock;
    this.current.set(first);
  }

  /** Compiles the rules for the first time; the service does not start on invalid rules. */
  static LiveRules load(List<Path> roots, Clock clock) throws RuleSetException {
    RuleFiles files = RuleFiles.of(roots);
    LoadedRules first = new LoadedRules(Corroborate.compile(roots), files.hash(), files.names(), clock.instant());
    return new LiveRules(roots, clock, first);
  }

  LoadedRules current() {
    return current.get();
  }

  Optional<ReloadAttempt> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  List<Path> roots() {
    return roots;
  }

  /** Compiles the files again; swaps the result in only when it has no errors. */
  synchronized ReloadAttempt reload(String trigger) {
    // The hash is taken before compiling: if a file changes in between, the watcher reloads again.
    RuleFiles files = RuleFiles.of(roots);
    try {
      LoadedRules loaded = new LoadedRules(Corroborate.compile(roots), files.hash(), files.names(), clock.instant());
      current.set(loaded);
      return new ReloadAttempt(loaded.loadedAt(), trigger, true, files.hash(), loaded.warnings());
    } catch (RuleSetException e) {
      ReloadAttempt failed = new ReloadAttempt(clock.instant(), trigger, false, files.hash(), e.problems());
      lastFailure = failed;
      return failed;
    }
  }

  /** Whether the files on disk differ from those of the current set and of the last failed attempt. */
  boolean changedOnDisk() {
    String onDisk = RuleFiles.of(roots).hash();
    ReloadAttempt failed = lastFailure;
    boolean sameAsFailure = failed != null && failed.hash().equals(onDisk) && failed.at().isAfter(current().loadedAt());
    return !onDisk.equals(current().hash()) && !sameAsFailure;
  }
}
