package io.corroborate.server;

import static io.corroborate.server.TestService.document;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Fifty clients at once, each with its own figures: every answer is about its own request and no other. */
@Timeout(180)
class ConcurrentClientsTest {
  private static final int CLIENTS = 50;

  @Test
  void everyClientGetsTheReportOfItsOwnDocuments(@TempDir Path folder) throws Exception {
    try (TestService service = TestService.start(folder, c -> c)) {
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        answers.add(service.client.sendAsync(HttpRequest.newBuilder(service.uri("/v1/evaluate"))
            .POST(HttpRequest.BodyPublishers.ofString(request(client))).build(), HttpResponse.BodyHandlers.ofString()));
      }
      for (int client = 0; client < CLIENTS; client++) {
        HttpResponse<String> response = answers.get(client).join();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertAbout(client, TestService.json(response));
      }
    }
  }

  /** Two outlets agree on a figure, a third gives another: numbers and ids unique to the client. */
  private static String request(int client) throws Exception {
    int figure = 100 + client * 7;
    return "[" + document("c" + client + "-a", "A" + client, figure + " firefighters were injured.") + ","
        + document("c" + client + "-b", "B" + client, figure + " firefighters were hurt.") + ","
        + document("c" + client + "-c", "C" + client, (figure * 3) + " residents were injured.") + "]";
  }

  private static void assertAbout(int client, JsonNode report) {
    int figure = 100 + client * 7;
    assertThat(report.get("documents")).extracting(d -> d.get("id").asText())
        .containsExactly("c" + client + "-a", "c" + client + "-b", "c" + client + "-c");
    assertThat(report.get("claims")).extracting(c -> c.at("/value/text").asText())
        .containsExactly(String.valueOf(figure), String.valueOf(figure), String.valueOf(figure * 3));
    assertThat(report.get("verdicts")).extracting(v -> v.get("key").asText() + " " + v.get("verdict").asText())
        .containsExactlyInAnyOrder("group=firefighters CORROBORATED", "group=residents SINGLE_SOURCE");
    for (JsonNode verdict : report.get("verdicts")) {
      for (JsonNode attribution : verdict.get("attributions")) {
        assertThat(attribution.get("document").asText()).startsWith("c" + client + "-");
      }
    }
  }
}
