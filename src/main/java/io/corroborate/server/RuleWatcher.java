package io.corroborate.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rules when their files change. Watches the folders that hold them (a WatchService watches
 * folders, not files) and waits until no event came for the debounce time, because editors and
 * {@code git checkout} write several files, or one file several times, in a burst. A failed reload is
 * logged and the old rules keep serving.
 */
final class RuleWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

  private final LiveRules rules;
  private final Duration debounce;
  private final WatchService watchService;
  private final Map<Path, WatchKey> watched = new HashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      daemon("corroborate-reload"));
  private final Thread thread;
  private ScheduledFuture<?> pending;

  private RuleWatcher(LiveRules rules, Duration debounce) throws IOException {
    this.rules = rules;
    this.debounce = debounce;
    this.watchService = FileSystems.getDefault().newWatchService();
    this.thread = daemon("corroborate-watch").newThread(this::watchLoop);
  }

  static RuleWatcher start(LiveRules rules, Duration debounce) throws IOException {
    RuleWatcher watcher = new RuleWatcher(rules, debounce);
    watcher.registerFolders();
    watcher.thread.start();
    return watcher;
  }

  private void watchLoop() {
    try {
      while (true) {
        WatchKey key = watchService.take();
        key.pollEvents();  // which file changed does not matter: the whole set is compiled again
        key.reset();
        scheduleReload();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing: nothing left to watch
    }
  }

  private synchronized void scheduleReload() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = scheduler.schedule(this::reloadIfChanged, debounce.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void reloadIfChanged() {
    try {
      if (!rules.changedOnDisk()) {
        return;
      }
      ReloadAttempt attempt = rules.reload("file change");
      if (attempt.accepted()) {
        LOG.info("rule files changed: reloaded ({}, {} file(s))", attempt.hash(), rules.current().files().size());
      } else {
        LOG.warn("rule files changed but do not compile; still serving {}. Problems:\n{}", rules.current().hash(),
            Problems.lines(attempt.problems()));
      }
      registerFolders();  // an import added by the edit may live in a folder not watched yet
    } catch (RuntimeException e) {
      LOG.error("reloading the rules failed; still serving the previous rules", e);
    }
  }

  private synchronized void registerFolders() {
    Set<Path> folders = RuleFiles.folders(rules.roots(), RuleFiles.of(rules.roots()));
    for (Path folder : folders) {
      if (!watched.containsKey(folder)) {
        try {
          watched.put(folder, folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
        } catch (IOException e) {
          LOG.warn("cannot watch {} for rule changes: {}", folder, e.getMessage());
        }
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    scheduler.shutdownNow();
    try {
      watchService.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }
}
