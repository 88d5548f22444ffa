package io.corroborate.report;

import io.corroborate.Attribution;
import io.corroborate.DocumentSummary;
import io.corroborate.Finding;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.Verdict;
import java.util.List;
import java.util.Map;

/** A plain-text summary for people: verdicts with their receipts, then findings and problems. */
public final class ReportText {
  private static final int QUOTE_WIDTH = 90;

  private ReportText() {}

  public static String write(Report report) {
    StringBuilder out = new StringBuilder();
    var s = report.stats();
    out.append("Corroborate report: ").append(s.documents()).append(" documents, ").append(s.claims())
        .append(" claims, ").append(s.verdicts()).append(" verdicts, ").append(s.findings()).append(" findings\n");
    for (Map.Entry<String, Integer> e : s.verdictsByLabel().entrySet()) {
      out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    out.append('\n');
    inferredOutlets(out, report);
    for (Verdict v : report.verdicts()) {
      verdict(out, v);
    }
    if (!report.findings().isEmpty()) {
      out.append("Findings\n");
      for (Finding f : report.findings()) {
        out.append("  ").append(f.type()).append(" [").append(f.severity()).append("] ").append(f.document())
            .append(" @").append(f.start()).append('-').append(f.end()).append(": ").append(quote(f.text()))
            .append('\n');
      }
      out.append('\n');
    }
    if (!report.diagnostics().isEmpty()) {
      out.append("Problems\n");
      for (Problem p : report.diagnostics()) {
        out.append("  ").append(p.file()).append(p.line() > 0 ? ":" + p.line() + ":" + p.column() : "")
            .append(": ").append(p.severity()).append('[').append(p.code()).append("]: ").append(p.message())
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Outlets read from a credit line rather than given, so a reader can check the guess. */
  private static void inferredOutlets(StringBuilder out, Report report) {
    List<DocumentSummary> inferred = report.documents().stream().filter(d -> d.sourceInferredFrom() != null).toList();
    if (inferred.isEmpty()) {
      return;
    }
    out.append("Outlets inferred from the text\n");
    for (DocumentSummary d : inferred) {
      out.append("  ").append(d.id()).append(": ").append(d.source()).append(" (inferred from ")
          .append(d.sourceInferredFrom().describe()).append(")\n");
    }
    out.append('\n');
  }

  private static void verdict(StringBuilder out, Verdict v) {
    out.append(v.id()).append(' ').append(v.verdict()).append("  ").append(v.claim()).append(" {").append(v.key())
        .append('}');
    if (v.speaker() != null) {
      out.append("  speaker: ").append(v.speaker());
    }
    out.append('\n').append("    ").append(v.message()).append('\n')
        .append("    rule: ").append(v.rule()).append('\n');
    for (Attribution a : v.attributions()) {
      out.append("    - ").append(a.document()).append(a.source().equals(a.document()) ? "" : " (" + a.source() + ")")
          .append(a.speaker() == null ? "" : ", " + a.speaker()).append(", sentence ").append(a.sentence())
          .append(" @").append(a.start()).append('-').append(a.end()).append(": ").append(quote(a.text()))
          .append('\n');
    }
    out.append('\n');
  }

  private static String quote(String text) {
    String one = text.replaceAll("\\s+", " ");
    return "\"" + (one.length() > QUOTE_WIDTH ? one.substring(0, QUOTE_WIDTH - 1) + "…" : one) + "\"";
  }
}
