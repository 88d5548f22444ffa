package io.corroborate.server;

import static io.corroborate.server.TestService.document;
import static io.corroborate.server.TestService.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint, and every limit answered with a JSON error, on one service with small limits. */
@Timeout(120)
class ServerEndpointsTest {
  private static final int MAX_BODY = 16 * 1024;
  private static final int MAX_DOCUMENTS = 5;

  @TempDir
  static Path folder;
  static TestService service;

  @BeforeAll
  static void start() throws Exception {
    service = TestService.start(folder, c -> c.withLimits(MAX_BODY, MAX_DOCUMENTS, Duration.ofSeconds(60)));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void healthSaysOkAndNamesTheServingRules() throws Exception {
    HttpResponse<String> response = service.get("/v1/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode health = json(response);
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("version").asText()).isNotBlank();
    assertThat(health.get("ruleset").asText()).isEqualTo(service.server.rulesHash());
  }

  @Test
  void rulesetDescribesWhatServes() throws Exception {
    JsonNode ruleset = json(service.get("/v1/ruleset"));
    assertThat(ruleset.get("version").asText()).isEqualTo(CorroborateServer.version());
    assertThat(ruleset.get("hash").asText()).matches("sha256:[0-9a-f]{64}");
    assertThat(ruleset.get("files")).extracting(JsonNode::asText)
        .containsExactly(service.ruleFile.toAbsolutePath().normalize().toString());
    assertThat(Instant.parse(ruleset.get("loadedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    assertThat(ruleset.get("kinds").asInt()).isEqualTo(1);
    assertThat(ruleset.get("claimKinds")).extracting(JsonNode::asText).containsExactly("Injured");
    assertThat(ruleset.get("rules").asInt()).isZero();
    assertThat(ruleset.get("findings").asInt()).isZero();
    assertThat(ruleset.get("lastFailedReload").isNull()).isTrue();
  }

  @Test
  void evaluateAnswersWhatTheCommandLineWritesForTheSameDocuments() throws Exception {
    String a = document("a", "Outlet A", "Twelve firefighters were injured, the chief said.");
    String b = document("b", "Outlet B", "13 firefighters were hurt in the fire.");
    Path inputs = Files.createDirectories(folder.resolve("inputs"));
    Files.writeString(inputs.resolve("a.json"), a);
    Files.writeString(inputs.resolve("b.json"), b);
    String cli = runCli("evaluate", "--rules", folder.resolve("injuries.claims").toString(), "--input",
        inputs.toString(), "--format", "json");

    HttpResponse<String> response = service.post("/v1/evaluate", "{\"documents\": [" + a + "," + b + "]}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(cli);
    io.corroborate.ReportContract.assertValid(response.body());
    assertThat(json(response).at("/verdicts/0/verdict").asText()).isEqualTo("CONFLICTING");
  }

  @Test
  void evaluateTakesAnObjectOrAnArrayAndNamesDocumentsWithoutId() throws Exception {
    JsonNode single = json(service.post("/v1/evaluate", "{\"text\": \"4 residents were hurt.\"}"));
    assertThat(single.at("/documents/0/id").asText()).isEqualTo("doc-1");
    assertThat(single.at("/verdicts/0/verdict").asText()).isEqualTo("SINGLE_SOURCE");

    JsonNode array = json(service.post("/v1/evaluate", "[{\"text\": \"4 residents were hurt.\", \"source\": \"X\"},"
        + " {\"id\": \"y\", \"source\": \"Y\", \"published\": \"2026-04-13\", \"title\": \"T\", \"text\": \"Four residents were injured.\"}]"));
    assertThat(array.get("documents")).extracting(d -> d.get("id").asText()).containsExactly("doc-1", "y");
    assertThat(array.at("/documents/1/published").asText()).isEqualTo("2026-04-13");
    assertThat(array.at("/verdicts/0/verdict").asText()).isEqualTo("CORROBORATED");
  }

  @Test
  void checkAnswersWhatTheCommandLinePrintsForTheSameFile() throws Exception {
    Path broken = Files.writeString(folder.resolve("broken.claims.txt"), TestService.RULES_BROKEN);
    String cli = runCli("check", "--rules", broken.toString(), "--format", "json");

    HttpResponse<String> response = service.post("/v1/check?name=" + broken, TestService.RULES_BROKEN);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(TestService.JSON.readTree(cli));
    assertThat(json(response).get(0).get("severity").asText()).isEqualTo("error");
    assertThat(json(response).get(0).get("message").asText()).contains("Victimz");
    assertThat(json(response).get(0).get("file").asText()).isEqualTo(broken.toString());

    JsonNode clean = json(service.post("/v1/check", TestService.RULES_V2));
    assertThat(clean).isEmpty();
  }

  @Test
  void unknownPathIs404() throws Exception {
    assertError(service.get("/v1/evaluations"), 404, "not_found", "/v1/evaluations");
    assertError(service.get("/"), 404, "not_found", "/v1/evaluate");
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> response = service.get("/v1/evaluate");
    assertError(response, 405, "method_not_allowed", "use POST");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    assertError(service.post("/v1/health", ""), 405, "method_not_allowed", "use GET");
  }

  @Test
  void badJsonIs400NamingTheProblem() throws Exception {
    assertError(service.post("/v1/evaluate", "{\"documents\": [{\"id\": \"a\""), 400, "bad_json", "line 1, column");
    assertError(service.post("/v1/evaluate", ""), 400, "bad_json", "empty");
    assertError(service.post("/v1/evaluate", "{\"documents\": [{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"b\"}]}"),
        400, "bad_document", "documents[1] has no `text` string");
    assertError(service.post("/v1/evaluate", "[{\"id\": \"a\", \"text\": \"  \"}]"), 400, "bad_document", "[0]: `text` is empty");
    assertError(service.post("/v1/evaluate", "{\"documents\": {}}"), 400, "bad_document", "must be an array");
    assertError(service.post("/v1/evaluate", "42"), 400, "bad_document", "expected a document object");
    assertError(service.post("/v1/evaluate", "[]"), 400, "no_documents", "no documents");
  }

  @Test
  void tooLargeBodyIs413WhetherDeclaredOrStreamed() throws Exception {
    String big = "[" + document("a", "A", "x".repeat(MAX_BODY)) + "]";
    assertError(service.post("/v1/evaluate", big), 413, "body_too_large", "the limit is " + MAX_BODY + " bytes");

    // without Content-Length (chunked), the limit is found while reading
    HttpRequest streamed = HttpRequest.newBuilder(service.uri("/v1/evaluate")).POST(HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
    assertError(service.client.send(streamed, HttpResponse.BodyHandlers.ofString()), 413, "body_too_large",
        "more than " + MAX_BODY);
  }

  @Test
  void tooManyDocumentsIs413() throws Exception {
    List<String> documents = new ArrayList<>();
    for (int i = 0; i <= MAX_DOCUMENTS; i++) {
      documents.add(document("d" + i, "S" + i, i + " residents were hurt."));
    }
    assertError(service.post("/v1/evaluate", "[" + String.join(",", documents) + "]"), 413, "too_many_documents",
        "has 6 documents; the limit is 5");
  }

  @Test
  void evaluationPastItsTimeIs503(@TempDir Path other) throws Exception {
    try (TestService impatient = TestService.start(other, c -> c.withLimits(MAX_BODY, MAX_DOCUMENTS, Duration.ofNanos(1)))) {
      assertError(impatient.post("/v1/evaluate", document("a", "A", "4 residents were hurt.")), 503, "timeout",
          "took longer than");
      assertThat(impatient.get("/v1/health").statusCode()).isEqualTo(200);
    }
  }

  static void assertError(HttpResponse<String> response, int status, String code, String messagePart) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = json(response).get("error");
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).contains(messagePart);
  }

  /** The command line's standard output for these arguments. */
  static String runCli(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      Main.run(args);
      return buffer.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(original);
    }
  }
}
