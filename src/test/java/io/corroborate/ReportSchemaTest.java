package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.corroborate.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** docs/report.schema.json: itself a valid 2020-12 schema, and strict enough to catch a broken report. */
class ReportSchemaTest {
  private static final Path GOLDEN = Path.of("examples/harbour/expected-report.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSchemaIsAValidDraft202012Schema() throws Exception {
    var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    var metaSchema = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(metaSchema.validate(Files.readString(ReportContract.SCHEMA_FILE), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theGoldenExampleReportIsValid() throws Exception {
    ReportContract.assertValid(Files.readString(GOLDEN));
  }

  @Test
  void aReportMissingARequiredFieldIsRejected() throws Exception {
    assertThat(violations(r -> verdict(r).remove("rule"))).singleElement().asString()
        .contains("/verdicts/0").contains("rule");
    assertThat(violations(r -> r.remove("stats"))).singleElement().asString().contains("stats");
    assertThat(violations(r -> value(r).remove("qualifier"))).isNotEmpty();
    assertThatThrownBy(() -> ReportContract.assertValid(mutated(r -> r.remove("findings"))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("report.schema.json").hasMessageContaining("findings");
  }

  @Test
  void absentValuesAreNullNeverLeftOut() throws Exception {
    assertThat(violations(r -> verdict(r).putNull("speaker"))).isEmpty();
    assertThat(violations(r -> verdict(r).remove("speaker"))).isNotEmpty();
    assertThat(violations(r -> verdict(r).putNull("rule"))).isNotEmpty();
  }

  @Test
  void objectsAreClosedSoARenameIsCaught() throws Exception {
    assertThat(violations(r -> verdict(r).set("label", verdict(r).remove("verdict")))).hasSize(2);
    assertThat(violations(r -> value(r).put("approx", true))).singleElement().asString().contains("approx");
  }

  @Test
  void labelsAreBuiltInOrRuleDefinedIdentifiers() throws Exception {
    assertThat(violations(r -> relabel(r, "MISQUOTE"))).isEmpty();
    assertThat(violations(r -> relabel(r, "not a label"))).isNotEmpty();
    assertThat(violations(r -> verdict(r).put("severity", "severe"))).isNotEmpty();
    assertThat(violations(r -> verdict(r).put("id", "verdict-1"))).isNotEmpty();
  }

  @Test
  void countsAndSpansMustAgreeWithTheLists() throws Exception {
    assertThat(violations(r -> ((ObjectNode) r.get("stats")).put("claims", 999)))
        .singleElement().asString().contains("/stats/claims");
    assertThat(violations(r -> ((ObjectNode) r.get("stats").get("verdictsByLabel")).put("CORROBORATED", 99)))
        .singleElement().asString().contains("verdictsByLabel");
    assertThat(violations(r -> ((ObjectNode) r.get("claims").get(0)).put("end", 0)))
        .singleElement().asString().contains("/claims/0");
  }

  @Test
  void aReportWithEveryOptionalFieldNullIsValid() {
    Value text = new Value(null, null, null, null, "warehouses");
    Attribution a = new Attribution("d1", "d1", null, 0, 0, 5, "Fifty", text);
    Report report = new Report(Report.SCHEMA_VERSION,
        List.of(new DocumentSummary("d1", "d1", null, null, 1, 1, 0)),
        List.of(new Claim("ns.Kind", "*", "d1", "d1", null, 0, 0, 5, "Fifty", text)),
        List.of(new Verdict("v1", "ns.Kind", "*", "UNCONFIRMED", "r.claims:3:1 x", "critical", "", null, List.of(a))),
        List.of(), List.of(new Problem("warning", "X001", "not UTF-8", null, null, 0, 0)),
        new Stats(1, 1, 1, 1, 0, 1, Map.of("UNCONFIRMED", 1)));
    ReportContract.assertValid(ReportJson.write(report));
  }

  private static List<String> violations(Consumer<ObjectNode> change) throws Exception {
    return ReportContract.violations(mutated(change));
  }

  private static String mutated(Consumer<ObjectNode> change) throws Exception {
    ObjectNode report = (ObjectNode) JSON.readTree(Files.readString(GOLDEN));
    change.accept(report);
    return JSON.writeValueAsString(report);
  }

  private static ObjectNode verdict(ObjectNode report) {
    return (ObjectNode) report.get("verdicts").get(0);
  }

  private static ObjectNode value(ObjectNode report) {
    return (ObjectNode) report.get("claims").get(0).get("value");
  }

  /** Renames the first verdict's label everywhere it is counted, so only the label itself is judged. */
  private static void relabel(ObjectNode report, String label) {
    String old = verdict(report).get("verdict").asText();
    verdict(report).put("verdict", label);
    ObjectNode byLabel = (ObjectNode) report.get("stats").get("verdictsByLabel");
    int left = byLabel.get(old).asInt() - 1;
    if (left == 0) {
      byLabel.remove(old);
    } else {
      byLabel.put(old, left);
    }
    byLabel.put(label, byLabel.path(label).asInt() + 1);
  }
}
