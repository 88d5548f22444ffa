package io.corroborate.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.report.ReportJson;
import java.io.IOException;
import java.io.Writer;

/**
 * The report as JSON Lines, for pipelines that read a record at a time ({@code jq -c}, log shippers,
 * databases). One object a line, each with {@code "record"} first (the record type: "type" is a finding's own field) and {@code "event"} (the event group,
 * null when the batch is not grouped), then the same fields as in the JSON report:
 * <ol>
 *   <li>{@code diagnostic} lines for problems met reading the inputs (event null);
 *   <li>per event, in order of first appearance: {@code document}, {@code claim}, {@code verdict},
 *       {@code finding}, then {@code diagnostic} lines of that event's evaluation;
 *   <li>one {@code summary} line last: {@code schemaVersion} and the counts of the JSON report's
 *       {@code stats}, so a reader knows the stream is complete.
 * </ol>
 * Verdict ids are those of the JSON report of the same run.
 */
public final class JsonLinesReport {
  private static final ObjectMapper MAPPER = ReportJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  private final Writer out;
  private int verdictNumber;

  private JsonLinesReport(Writer out) {
    this.out = out;
  }

  public static void write(BatchRun.Result result, Writer out) throws IOException {
    JsonLinesReport writer = new JsonLinesReport(out);
    for (Problem p : result.inputDiagnostics()) {
      writer.line("diagnostic", null, p);
    }
    for (BatchRun.EventReport event : result.events()) {
      writer.event(event.event().isEmpty() ? null : event.event(), event.report());
    }
    ObjectNode summary = MAPPER.createObjectNode().put("record", "summary");
    summary.put("schemaVersion", result.report().schemaVersion());
    summary.setAll((ObjectNode) MAPPER.valueToTree(result.report().stats()));
    writer.write(summary);
  }

  private void event(String event, Report report) throws IOException {
    for (var d : report.documents()) {
      line("document", event, d);
    }
    for (var c : report.claims()) {
      line("claim", event, c);
    }
    for (var v : report.verdicts()) {
      ObjectNode node = node("verdict", event, v);
      node.put("id", "v" + ++verdictNumber);
      write(node);
    }
    for (var f : report.findings()) {
      line("finding", event, f);
    }
    for (var p : report.diagnostics()) {
      line("diagnostic", event, p);
    }
  }

  private void line(String type, String event, Object record) throws IOException {
    write(node(type, event, record));
  }

  private static ObjectNode node(String type, String event, Object record) {
    ObjectNode node = MAPPER.createObjectNode().put("record", type).put("event", event);
    node.setAll((ObjectNode) MAPPER.valueToTree(record));
    return node;
  }

  private void write(ObjectNode node) throws IOException {
    out.write(MAPPER.writeValueAsString(node));
    out.write('\n');
  }
}
