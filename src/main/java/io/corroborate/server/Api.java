package io.corroborate.server;

import io.corroborate.CheckResult;
import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.report.ReportJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The endpoints' behaviour, apart from HTTP plumbing (which {@link Router} does). */
final class Api {
  private final String version;
  private final LiveRules rules;
  private final Evaluations evaluations;
  private final int maxDocuments;
  private final Clock clock;
  private final Instant started;

  Api(String version, LiveRules rules, Evaluations evaluations, int maxDocuments, Clock clock) {
    this.version = version;
    this.rules = rules;
    this.evaluations = evaluations;
    this.maxDocuments = maxDocuments;
    this.clock = clock;
    this.started = clock.instant();
  }

  Router routes(Router router) {
    return router
        .route("POST", "/v1/evaluate", (body, query) -> evaluate(body))
        .route("POST", "/v1/check", this::check)
        .route("GET", "/v1/health", (body, query) -> health())
        .route("GET", "/v1/ruleset", (body, query) -> ruleset())
        .route("POST", "/v1/reload", (body, query) -> reload());
  }

  /** The report, byte for byte what {@code evaluate --format json} writes for the same documents. */
  Response evaluate(byte[] body) {
    List<Document> documents = DocumentsRequest.parse(body, maxDocuments);
    Report report = evaluations.evaluate(rules.current().ruleSet(), documents);
    return Response.ok(ReportJson.write(report));
  }

  /** The problems of the rule text in the body, as {@code check --format json} prints them; 200 even with errors. */
  Response check(byte[] body, String query) {
    String name = queryParameter(query, "name", "request.claims");
    CheckResult result = Corroborate.checkText(name, new String(body, StandardCharsets.UTF_8));
    return Response.ok(Router.json(result.problems()));
  }

  Response health() {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "ok");
    health.put("version", version);
    health.put("uptimeSeconds", Duration.between(started, clock.instant()).toSeconds());
    health.put("ruleset", rules.current().hash());
    return Response.ok(Router.json(health));
  }

  Response ruleset() {
    return Response.ok(Router.json(RulesetStatus.of(version, rules)));
  }

  /** 200 with the new rule set's status, or 422 with the problems that kept the old one serving. */
  Response reload() {
    ReloadAttempt attempt = rules.reload("request");
    Map<String, Object> answer = new LinkedHashMap<>();
    if (!attempt.accepted()) {
      long errors = attempt.problems().stream().filter(p -> p.severity().equals("error")).count();
      answer.put("error", Map.of("status", 422, "code", "invalid_rules", "message", "the rule files have " + errors
          + " error(s); still serving the previous rules (" + rules.current().hash() + ")"));
      answer.put("problems", attempt.problems());
      answer.put("ruleset", RulesetStatus.of(version, rules));
      return new Response(422, Router.json(answer), Map.of());
    }
    answer.put("reloaded", true);
    answer.put("ruleset", RulesetStatus.of(version, rules));
    return Response.ok(Router.json(answer));
  }

  private static String queryParameter(String query, String name, String fallback) {
    if (query == null) {
      return fallback;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        return value.isBlank() ? fallback : value;
      }
    }
    return fallback;
  }
}
