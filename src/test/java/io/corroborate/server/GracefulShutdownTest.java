package io.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stopping lets a request already taken finish and refuses new ones: the router's drain, with an
 * endpoint that holds its request until the test lets it go.
 */
@Timeout(60)
class GracefulShutdownTest {

  @Test
  void drainWaitsForOpenRequestsAndRefusesNewOnes() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Router router = new Router(1024)
        .route("POST", "/slow", (body, query) -> {
          entered.countDown();
          awaitQuietly(release);
          return Response.ok("{\"done\": true}\n");
        })
        .route("GET", "/fast", (body, query) -> Response.ok("{}\n"));
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", router);
    http.setExecutor(Executors.newFixedThreadPool(2));
    http.start();
    URI base = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      CompletableFuture<HttpResponse<String>> open = client.sendAsync(
          HttpRequest.newBuilder(base.resolve("/slow")).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

      CompletableFuture<Void> draining = CompletableFuture.runAsync(() -> {
        try {
          router.drain(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      HttpResponse<String> refused = awaitRefusal(client, base.resolve("/fast"));
      assertThat(refused.body()).contains("shutting_down");
      assertThat(draining).isNotDone();

      release.countDown();
      draining.get(30, TimeUnit.SECONDS);
      assertThat(open.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(open.get().body()).contains("done");
    } finally {
      release.countDown();
      http.stop(0);
    }
  }

  /** Drain starts on another thread: ask until the router says it is stopping. */
  private static HttpResponse<String> awaitRefusal(HttpClient client, URI uri) throws Exception {
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 503) {
        return response;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("new requests were still taken while draining");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void closedServiceReleasesItsPort(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
    TestService service = TestService.start(folder, c -> c);
    int port = service.server.port();
    long start = System.nanoTime();
    service.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }
}
