package io.corroborate.cli;

import io.corroborate.RuleSetException;
import io.corroborate.server.CorroborateServer;
import io.corroborate.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the evaluator as a local HTTP service, with the rules compiled once and reloaded on change. */
@Command(name = "serve", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
    description = {"Serve evaluations over HTTP (JSON): POST /v1/evaluate, POST /v1/check, GET /v1/health,",
        "GET /v1/ruleset, POST /v1/reload. Rule files are reloaded when they change; invalid ones never",
        "replace the rules serving. Stops cleanly on Ctrl-C or SIGTERM."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-r", "--rules"}, arity = "1..*", required = true, paramLabel = "PATH",
      description = "Rule files or folders of .claims files; watched for changes.")
  List<Path> rules;

  @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). The service has no authentication.")
  String host;

  @Option(names = "--max-documents", defaultValue = "100", description = "Documents per request (default: ${DEFAULT-VALUE}).")
  int maxDocuments;

  @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
      description = "Request body size in bytes (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Time an evaluation may take before the request is answered 503 (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--no-watch", description = "Do not reload when rule files change (POST /v1/reload still does).")
  boolean noWatch;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig defaults = ServerConfig.defaults(rules, port);
    ServerConfig config = defaults.withHost(host)
        .withLimits(maxBody, maxDocuments, Duration.ofSeconds(timeoutSeconds))
        .withWatch(!noWatch, defaults.debounce());
    CorroborateServer server;
    try {
      server = CorroborateServer.start(config);
    } catch (RuleSetException e) {
      err.print(e.rendered());
      err.println("corroborate: not serving: the rule files have errors");
      err.flush();
      return ExitCodes.INVALID_RULES;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and Ctrl-C run shutdown hooks: finish open requests, then let the JVM exit
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("corroborate: stopping");
      err.flush();
      server.close();
      stopped.countDown();
    }, "corroborate-shutdown"));
    out.println("corroborate " + CorroborateServer.version() + " serving " + server.uri() + " (rules "
        + server.rulesHash() + ")");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
