package io.corroborate.cli;

import io.corroborate.batch.BatchRun;
import io.corroborate.batch.JsonLinesReport;
import io.corroborate.report.ReportHtml;
import io.corroborate.report.ReportJson;
import io.corroborate.report.ReportText;
import java.io.IOException;
import java.io.Writer;

/** The report formats of {@code evaluate}; a format without a renderer is not in this build yet. */
enum ReportFormat {
  json((result, out) -> out.write(ReportJson.write(result.report()))),
  jsonl(JsonLinesReport::write),
  text((result, out) -> out.write(ReportText.write(result.report()))),
  html((result, out) -> ReportHtml.write(result.report(), result.documents(), out));

  @FunctionalInterface
  interface Renderer {
    void write(BatchRun.Result result, Writer out) throws IOException;
  }

  private final Renderer renderer;

  ReportFormat(Renderer renderer) {
    this.renderer = renderer;
  }

  boolean available() {
    return renderer != null;
  }

  void write(BatchRun.Result result, Writer out) throws IOException {
    if (renderer == null) {
      throw new IllegalStateException("--format " + name() + " is not available in this build");
    }
    renderer.write(result, out);
  }
}
