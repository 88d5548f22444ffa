package io.corroborate.server;

import com.sun.net.httpserver.HttpServer;
import io.corroborate.Corroborate;
import io.corroborate.RuleSetException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running service: the JDK's HTTP server on a bounded pool of request threads, the live rule set,
 * and (when asked) the watcher that reloads it. {@link #close} refuses new requests, lets open ones
 * finish within the grace time, then stops the server and its threads.
 */
public final class CorroborateServer implements AutoCloseable {
  /** Requests that may wait for a request thread; beyond this the accepting thread serves one itself. */
  private static final int QUEUED_REQUESTS_PER_THREAD = 64;
  /** Connections the operating system holds before the server accepts them (the JDK's default is 50). */
  private static final int CONNECTION_BACKLOG = 256;

  private final HttpServer http;
  private final Router router;
  private final ThreadPoolExecutor requestThreads;
  private final Evaluations evaluations;
  private final RuleWatcher watcher;
  private final LiveRules rules;
  private final ServerConfig config;

  private CorroborateServer(HttpServer http, Router router, ThreadPoolExecutor requestThreads, Evaluations evaluations,
      RuleWatcher watcher, LiveRules rules, ServerConfig config) {
    this.http = http;
    this.router = router;
    this.requestThreads = requestThreads;
    this.evaluations = evaluations;
    this.watcher = watcher;
    this.rules = rules;
    this.config = config;
  }

  /**
   * Compiles the rules and starts serving.
   *
   * @throws RuleSetException if the rules do not compile: a service never starts without a good rule set
   * @throws IOException if the address cannot be bound
   */
  public static CorroborateServer start(ServerConfig config) throws RuleSetException, IOException {
    LiveRules rules = LiveRules.load(config.rules(), Clock.systemUTC());
    Evaluations evaluations = new Evaluations(config.threads(), config.evaluationTimeout());
    Api api = new Api(version(), rules, evaluations, config.maxDocuments(), Clock.systemUTC());
    HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), CONNECTION_BACKLOG);
    Router router = api.routes(new Router(config.maxBodyBytes()));
    http.createContext("/", router);
    ThreadPoolExecutor requestThreads = requestPool(config.threads());
    http.setExecutor(requestThreads);
    RuleWatcher watcher = config.watch() ? RuleWatcher.start(rules, config.debounce()) : null;
    http.start();
    return new CorroborateServer(http, router, requestThreads, evaluations, watcher, rules, config);
  }

  /**
   * A fixed number of request threads and a bounded queue. When the queue is full the HTTP server's own
   * accepting thread answers the request: it accepts nothing new meanwhile, which pushes back on clients
   * through the socket backlog instead of dropping connections.
   */
  private static ThreadPoolExecutor requestPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(threads * QUEUED_REQUESTS_PER_THREAD),
        runnable -> new Thread(runnable, "corroborate-http-" + count.incrementAndGet()),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** The version of Corroborate from the jar manifest, or {@code dev} when run from classes. */
  public static String version() {
    String version = Corroborate.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The address clients use, e.g. {@code http://127.0.0.1:8080}. */
  public URI uri() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();  // IPv6 literal
    return URI.create("http://" + host + ":" + port());
  }

  /** The content hash of the rule set now serving. */
  public String rulesHash() {
    return rules.current().hash();
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    try {
      router.drain(config.shutdownGrace());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.stop(0);
    requestThreads.shutdownNow();
    evaluations.close();
  }
}
