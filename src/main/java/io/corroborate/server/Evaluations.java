package io.corroborate.server;

import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs evaluations on their own bounded pool so that a request can stop waiting for one. The rule engine
 * cannot be stopped halfway, so an evaluation past its time keeps its thread until it ends; the pool is
 * as large as the request pool, with as many places to queue, so only such overrunning evaluations can
 * fill it, and then requests are refused with 503 rather than piling up.
 */
final class Evaluations implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  Evaluations(int threads, Duration timeout) {
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(threads),
        runnable -> {
          Thread t = new Thread(runnable, "corroborate-evaluate-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.timeout = timeout;
  }

  Report evaluate(RuleSet ruleSet, List<Document> documents) {
    Future<Report> future;
    try {
      future = pool.submit(() -> ruleSet.evaluate(documents));
    } catch (RejectedExecutionException e) {
      throw new ApiError(503, "busy", "every evaluation thread is busy; try again shortly");
    }
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiError(503, "timeout", "the evaluation took longer than " + timeout.toMillis()
          + " ms and was abandoned: send fewer or shorter documents per request");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiError(503, "shutting_down", "the service is stopping");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
