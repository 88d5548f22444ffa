package io.corroborate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A service on an ephemeral loopback port over rule files in a folder the test owns, and a client for it. */
final class TestService implements AutoCloseable {
  /** A small self-contained rule set (no imports), quick to compile. */
  static final String RULES_V1 = """
      lexicon Victims { firefighters, residents }

      claim Injured(group: Victims) value count: QUANTITY {
        pattern count:QUANTITY group:Victims ("were" | "have been") ("injured" | "hurt")
      }

      agree Injured when count overlaps within 5%
      """;
  /** RULES_V1 plus a second claim kind, to see which version serves. */
  static final String RULES_V2 = RULES_V1 + """

      claim Evacuated() value count: QUANTITY {
        pattern count:QUANTITY Victims ("were" | "have been") "evacuated"
      }
      """;
  /** RULES_V1 with a misspelt lexicon name: an error. */
  static final String RULES_BROKEN = RULES_V1.replace("group:Victims", "group:Victimz");

  static final ObjectMapper JSON = new ObjectMapper();

  final Path ruleFile;
  final CorroborateServer server;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private TestService(Path ruleFile, CorroborateServer server) {
    this.ruleFile = ruleFile;
    this.server = server;
  }

  /** Starts a service on RULES_V1 in {@code folder}, with the config adjusted by {@code tune}. */
  static TestService start(Path folder, java.util.function.UnaryOperator<ServerConfig> tune) throws Exception {
    Path ruleFile = folder.resolve("injuries.claims");
    Files.writeString(ruleFile, RULES_V1);
    ServerConfig config = tune.apply(ServerConfig.defaults(java.util.List.of(folder), 0).withWatch(false, Duration.ZERO));
    return new TestService(ruleFile, CorroborateServer.start(config));
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** A document as the evaluate endpoint takes it. */
  static String document(String id, String source, String text) throws IOException {
    return JSON.writeValueAsString(java.util.Map.of("id", id, "source", source, "text", text));
  }

  @Override
  public void close() {
    server.close();
  }
}
