package io.corroborate.batch;

import io.corroborate.Evaluation;
import io.corroborate.PreparedDocument;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.source.ErrorCode;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A batch evaluation: inputs are read one item at a time, documents are prepared (analysis and
 * extraction, the costly part) on a pool of threads, and the results join their event's evaluation
 * in input order, so the report is the same whatever the thread count. At most a small window of
 * documents is in flight; what stays in memory are the claims, findings and document summaries.
 */
public final class BatchRun {
  /** How many prepared documents may wait per thread: enough to keep every core busy, no more. */
  private static final int WINDOW_PER_THREAD = 8;

  /**
   * What to evaluate and how.
   *
   * @param inputs files, folders, globs, or "-" for JSONL on standard input
   * @param claimFiles JSONL files of structured claims
   * @param groupBy the metadata field naming each document's event, or null
   * @param threads how many documents to prepare at once
   * @param keepTexts keep every document's text for the result (the HTML report shows matches in their
   *     sentences); otherwise texts are let go once prepared, and memory grows with the claims only
   */
  public record Options(List<String> inputs, List<String> claimFiles, String groupBy, int threads,
      boolean keepTexts) {
    public Options(List<String> inputs, List<String> claimFiles, String groupBy, int threads) {
      this(inputs, claimFiles, groupBy, threads, false);
    }

    public Options {
      inputs = List.copyOf(inputs);
      claimFiles = List.copyOf(claimFiles);
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
      }
      if (inputs.stream().filter(InputSource.STDIN::equals).count() > 1) {
        throw new IllegalArgumentException("standard input (`-`) can be read only once");
      }
    }
  }

  /** One event group's own report: its claims corroborate or conflict only with each other. */
  public record EventReport(String event, Report report) {}

  /**
   * @param report every event's report merged, with the diagnostics of reading first
   * @param events the events in order of first appearance
   * @param inputDiagnostics the problems met reading the inputs (they belong to no event)
   * @param documents the documents read, when {@link Options#keepTexts()} asked for them; else empty
   */
  public record Result(Report report, List<EventReport> events, List<Problem> inputDiagnostics,
      List<io.corroborate.Document> documents) {
    public Result {
      events = List.copyOf(events);
      inputDiagnostics = List.copyOf(inputDiagnostics);
      documents = List.copyOf(documents);
    }
  }

  private record Ready(InputItem item, PreparedDocument prepared) {}

  private final RuleSet rules;
  private final Options options;
  private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();
  private final List<Problem> diagnostics = new ArrayList<>();
  private final List<io.corroborate.Document> kept = new ArrayList<>();
  private final Progress progress;

  private BatchRun(RuleSet rules, Options options, Progress progress) {
    this.rules = rules;
    this.options = options;
    this.progress = progress;
  }

  public static Result run(RuleSet rules, Options options, InputStream stdin, Progress progress) {
    return new BatchRun(rules, options, progress).run(stdin);
  }

  /** How many documents the inputs hold, for a progress bar's ETA; -1 when standard input is read. */
  public static long countDocuments(Options options) {
    return DocumentCount.of(InputExpansion.expand(options.inputs(), List.of()).sources());
  }

  private Result run(InputStream stdin) {
    InputExpansion.Expanded expanded = InputExpansion.expand(options.inputs(), options.claimFiles());
    diagnostics.addAll(expanded.problems());
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
      Thread thread = new Thread(runnable, "corroborate-prepare");
      thread.setDaemon(true);
      return thread;
    });
    try (InputReader reader = new InputReader(expanded.sources(), stdin, options.groupBy())) {
      ArrayDeque<Future<Ready>> window = new ArrayDeque<>();
      int limit = options.threads() * WINDOW_PER_THREAD;
      while (reader.hasNext()) {
        InputItem item = reader.next();
        window.add(item instanceof InputItem.DocumentItem d
            ? pool.submit(() -> new Ready(item, rules.prepare(d.document())))
            : CompletableFuture.completedFuture(new Ready(item, null)));
        while (window.size() >= limit) {
          consume(window.poll());
        }
      }
      while (!window.isEmpty()) {
        consume(window.poll());
      }
      if (reader.ungrouped() > 0) {
        diagnostics.add(new Problem("warning", ErrorCode.X005.code(), reader.ungrouped()
            + " documents or claims have no `" + options.groupBy() + "` field; they were evaluated as one group",
            "give every input an `" + options.groupBy() + "` field", options.groupBy(), 0, 0));
      }
      List<EventReport> events = new ArrayList<>();
      evaluations.forEach((event, evaluation) -> events.add(new EventReport(event, evaluation.finish())));
      return new Result(ReportMerge.merge(diagnostics, events), events, diagnostics, kept);
    } finally {
      pool.shutdownNow();
      evaluations.values().forEach(Evaluation::close);
      progress.finish();
    }
  }

  private void consume(Future<Ready> future) {
    Ready ready = await(future);
    InputItem item = ready.item();
    if (item instanceof InputItem.ProblemItem p) {
      diagnostics.add(p.problem());
    } else if (item instanceof InputItem.DocumentItem d) {
      evaluation(d.event()).add(ready.prepared());
      if (options.keepTexts()) {
        kept.add(d.document());
      }
      progress.documentDone();
    } else if (item instanceof InputItem.ClaimItem c) {
      try {
        evaluation(c.event()).add(c.claim());
      } catch (IllegalArgumentException e) {
        diagnostics.add(new Problem("error", ErrorCode.X004.code(), e.getMessage(),
            "`corroborate check --rules ... --format json` lists the rule set's kinds and slots", c.origin(), 0, 0));
      }
    }
  }

  private Evaluation evaluation(String event) {
    return evaluations.computeIfAbsent(event, e -> rules.newEvaluation());
  }

  private static Ready await(Future<Ready> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
