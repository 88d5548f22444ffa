package io.corroborate.server;

import static io.corroborate.server.TestService.document;
import static io.corroborate.server.TestService.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading the rules on request and on file change: a broken file is refused with its problems and the
 * old rules go on serving; the fixed file then loads.
 */
@Timeout(180)
class HotReloadTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void reloadOnRequestRefusesBrokenRulesAndThenLoadsTheFix(@TempDir Path folder) throws Exception {
    try (TestService service = TestService.start(folder, c -> c)) {
      String firstHash = service.server.rulesHash();

      Files.writeString(service.ruleFile, TestService.RULES_BROKEN);
      var refused = service.post("/v1/reload", "");
      assertThat(refused.statusCode()).isEqualTo(422);
      JsonNode answer = json(refused);
      assertThat(answer.at("/error/code").asText()).isEqualTo("invalid_rules");
      assertThat(answer.at("/error/message").asText()).contains("still serving the previous rules (" + firstHash + ")");
      assertThat(answer.get("problems")).anySatisfy(p -> {
        assertThat(p.get("severity").asText()).isEqualTo("error");
        assertThat(p.get("message").asText()).contains("Victimz");
        assertThat(p.get("line").asInt()).isEqualTo(4);
      });
      assertOldRulesServe(service, firstHash);
      JsonNode status = json(service.get("/v1/ruleset"));
      assertThat(status.at("/lastFailedReload/trigger").asText()).isEqualTo("request");
      assertThat(status.at("/lastFailedReload/accepted").asBoolean()).isFalse();
      assertThat(status.at("/lastFailedReload/problems/0/message").asText()).contains("Victimz");

      Files.writeString(service.ruleFile, TestService.RULES_V2);
      var accepted = service.post("/v1/reload", "");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      assertThat(json(accepted).get("reloaded").asBoolean()).isTrue();
      assertThat(json(accepted).at("/ruleset/claimKinds")).extracting(JsonNode::asText)
          .containsExactly("Injured", "Evacuated");
      assertThat(service.server.rulesHash()).isNotEqualTo(firstHash);
      assertNewRulesServe(service);
    }
  }

  @Test
  void fileChangeReloadsKeepsServingThroughABrokenSaveAndLoadsTheFix(@TempDir Path folder) throws Exception {
    try (TestService service = TestService.start(folder, c -> c.withWatch(true, Duration.ofMillis(100)))) {
      String firstHash = service.server.rulesHash();
      Instant start = Instant.now();

      Files.writeString(service.ruleFile, TestService.RULES_BROKEN);
      JsonNode failed = awaitRuleset(service, s -> !s.get("lastFailedReload").isNull());
      assertThat(failed.at("/lastFailedReload/trigger").asText()).isEqualTo("file change");
      assertThat(Instant.parse(failed.at("/lastFailedReload/at").asText())).isAfter(start);
      assertThat(failed.at("/lastFailedReload/problems/0/message").asText()).contains("Victimz");
      assertThat(failed.get("hash").asText()).isEqualTo(firstHash);
      assertOldRulesServe(service, firstHash);

      Files.writeString(service.ruleFile, TestService.RULES_V2);
      JsonNode reloaded = awaitRuleset(service, s -> s.get("kinds").asInt() == 2);
      assertThat(reloaded.get("hash").asText()).isNotEqualTo(firstHash);
      assertNewRulesServe(service);

      // a new file in a watched folder joins the rule set too
      Files.writeString(folder.resolve("more.claims"), """
          claim Destroyed() value count: QUANTITY {
            pattern count:QUANTITY "warehouses" "were" "destroyed"
          }
          """);
      JsonNode grown = awaitRuleset(service, s -> s.get("kinds").asInt() == 3);
      assertThat(grown.get("files")).hasSize(2);
    }
  }

  private static void assertOldRulesServe(TestService service, String hash) throws Exception {
    assertThat(service.server.rulesHash()).isEqualTo(hash);
    JsonNode report = json(service.post("/v1/evaluate", "[" + document("a", "A", "7 residents were injured.") + ","
        + document("b", "B", "40 residents were evacuated.") + "]"));
    assertThat(report.get("claims")).extracting(c -> c.get("kind").asText()).containsExactly("Injured");
  }

  private static void assertNewRulesServe(TestService service) throws Exception {
    JsonNode report = json(service.post("/v1/evaluate", "[" + document("a", "A", "7 residents were injured.") + ","
        + document("b", "B", "40 residents were evacuated.") + "]"));
    assertThat(report.get("claims")).extracting(c -> c.get("kind").asText()).containsExactly("Injured", "Evacuated");
  }

  /** Polls /v1/ruleset until it satisfies the test; file events arrive asynchronously. */
  private static JsonNode awaitRuleset(TestService service, java.util.function.Predicate<JsonNode> test)
      throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonNode status = null;
    while (Instant.now().isBefore(deadline)) {
      status = json(service.get("/v1/ruleset"));
      if (test.test(status)) {
        return status;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the rule set did not reload within " + PATIENCE + "; last status: " + status);
  }
}
