package io.corroborate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report contract: every JSON report a test produces must match {@code docs/report.schema.json},
 * the published description of the format, so the schema and the code cannot drift apart. The
 * schema cannot relate fields to each other, so the counts in {@code stats} and the offsets are
 * checked here as well.
 */
public final class ReportContract {
  static final Path SCHEMA_FILE = Path.of("docs/report.schema.json");
  private static final Schema SCHEMA = load();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportContract() {}

  /** Fails with every violation, each with its JSON Pointer, when the report breaks the contract. */
  public static void assertValid(String reportJson) {
    List<String> violations = violations(reportJson);
    if (!violations.isEmpty()) {
      throw new AssertionError("the report breaks " + SCHEMA_FILE + ":\n  " + String.join("\n  ", violations));
    }
  }

  /** The schema's complaints, then the cross-field ones; empty for a valid report. */
  public static List<String> violations(String reportJson) {
    List<String> out = new ArrayList<>();
    for (Error error : SCHEMA.validate(reportJson, InputFormat.JSON)) {
      out.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    if (out.isEmpty()) {
      out.addAll(crossFieldViolations(reportJson));
    }
    return out;
  }

  private static List<String> crossFieldViolations(String reportJson) {
    JsonNode report;
    try {
      report = JSON.readTree(reportJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the schema check has already parsed it
    }
    List<String> out = new ArrayList<>();
    JsonNode stats = report.get("stats");
    countMatches(out, stats, "documents", report.get("documents"));
    countMatches(out, stats, "claims", report.get("claims"));
    countMatches(out, stats, "verdicts", report.get("verdicts"));
    countMatches(out, stats, "findings", report.get("findings"));
    countMatches(out, stats, "problems", report.get("diagnostics"));
    int labelled = 0;
    for (JsonNode count : stats.get("verdictsByLabel")) {
      labelled += count.asInt();
    }
    if (labelled != report.get("verdicts").size()) {
      out.add("/stats/verdictsByLabel: counts add up to " + labelled + ", but there are "
          + report.get("verdicts").size() + " verdicts");
    }
    spansAreOrdered(out, "/claims", report.get("claims"));
    spansAreOrdered(out, "/findings", report.get("findings"));
    for (int i = 0; i < report.get("verdicts").size(); i++) {
      spansAreOrdered(out, "/verdicts/" + i + "/attributions", report.get("verdicts").get(i).get("attributions"));
    }
    return out;
  }

  private static void countMatches(List<String> out, JsonNode stats, String field, JsonNode array) {
    if (stats.get(field).asInt() != array.size()) {
      out.add("/stats/" + field + " is " + stats.get(field).asInt() + ", but the report lists " + array.size());
    }
  }

  private static void spansAreOrdered(List<String> out, String where, JsonNode spans) {
    for (int i = 0; i < spans.size(); i++) {
      JsonNode span = spans.get(i);
      boolean located = !span.has("sentence") || span.get("sentence").asInt() >= 0; // a structured claim may have no span
      if (located && span.get("start").asInt() >= span.get("end").asInt()) {
        out.add(where + "/" + i + ": start " + span.get("start") + " is not before end " + span.get("end"));
      }
    }
  }

  private static Schema load() {
    try {
      String text = Files.readString(SCHEMA_FILE);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report schema " + SCHEMA_FILE.toAbsolutePath(), e);
    }
  }
}
