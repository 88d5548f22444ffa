package io.corroborate.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the service runs.
 *
 * @param rules rule files or folders, compiled together as {@code evaluate --rules} does
 * @param host the address to bind; loopback unless the operator chooses otherwise
 * @param port 0 for an ephemeral port (tests)
 * @param threads request threads, and as many evaluations at once
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param maxDocuments more documents in one request are refused with 413
 * @param evaluationTimeout an evaluation still running after this answers 503
 * @param watch reload when a rule file changes
 * @param debounce how long the rule files must stay quiet before a file-change reload (editors write in bursts)
 * @param shutdownGrace how long open requests may take to finish when the service stops
 */
public record ServerConfig(List<Path> rules, String host, int port, int threads, long maxBodyBytes, int maxDocuments,
    Duration evaluationTimeout, boolean watch, Duration debounce, Duration shutdownGrace) {

  public static final String LOOPBACK = "127.0.0.1";

  public ServerConfig {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("the service needs at least one rule file or folder");
    }
    if (threads < 1 || maxBodyBytes < 1 || maxDocuments < 1) {
      throw new IllegalArgumentException("threads, body size and document limits must be positive");
    }
  }

  /** Defaults for a loopback service on {@code port}: 1 MiB bodies, 100 documents, 30 s an evaluation. */
  public static ServerConfig defaults(List<Path> rules, int port) {
    return new ServerConfig(rules, LOOPBACK, port, Math.max(2, Runtime.getRuntime().availableProcessors()),
        1 << 20, 100, Duration.ofSeconds(30), true, Duration.ofMillis(300), Duration.ofSeconds(5));
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(rules, newHost, port, threads, maxBodyBytes, maxDocuments, evaluationTimeout, watch,
        debounce, shutdownGrace);
  }

  public ServerConfig withLimits(long newMaxBodyBytes, int newMaxDocuments, Duration newTimeout) {
    return new ServerConfig(rules, host, port, threads, newMaxBodyBytes, newMaxDocuments, newTimeout, watch,
        debounce, shutdownGrace);
  }

  public ServerConfig withThreads(int newThreads) {
    return new ServerConfig(rules, host, port, newThreads, maxBodyBytes, maxDocuments, evaluationTimeout, watch,
        debounce, shutdownGrace);
  }

  public ServerConfig withWatch(boolean newWatch, Duration newDebounce) {
    return new ServerConfig(rules, host, port, threads, maxBodyBytes, maxDocuments, evaluationTimeout, newWatch,
        newDebounce, shutdownGrace);
  }
}
