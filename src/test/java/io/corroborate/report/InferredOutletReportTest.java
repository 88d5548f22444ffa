package io.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import io.corroborate.DocumentSummary;
import io.corroborate.Report;
import io.corroborate.SourceEvidence;
import io.corroborate.Stats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An outlet guessed from a credit line is shown with that line, in both report formats. */
class InferredOutletReportTest {
  private static final SourceEvidence EVIDENCE =
      new SourceEvidence("copyright", 4, 80, 120, "\u00a9 2026 Example Herald. All rights reserved.");

  private static Report report() {
    Document inferred = new Document("herald", "Example Herald", null, null, "text", null, EVIDENCE);
    Document given = new Document("lantern", "Port Lantern", "2026-04-12", "Quay shut", "text",
        "https://lantern.example/q", null);
    return new Report(Report.SCHEMA_VERSION,
        List.of(DocumentSummary.of(inferred, 3, 0, 0), DocumentSummary.of(given, 2, 0, 0)),
        List.of(), List.of(), List.of(), List.of(), new Stats(2, 5, 0, 0, 0, 0, Map.of()));
  }

  @Test
  void textReportNamesTheLineTheOutletWasInferredFrom() {
    assertThat(ReportText.write(report())).contains("Outlets inferred from the text\n"
        + "  herald: Example Herald (inferred from line 4: \u00a9 2026 Example Herald. All rights reserved.)\n")
        .doesNotContain("lantern:");
  }

  @Test
  void jsonReportCarriesTheEvidenceAndTheUrlAndReadsBack() {
    String json = ReportJson.write(report());

    assertThat(json).contains("\"sourceInferredFrom\" : {", "\"kind\" : \"copyright\"", "\"line\" : 4",
        "\"url\" : \"https://lantern.example/q\"");
    assertThat(ReportJson.read(json)).isEqualTo(report());
  }
}
