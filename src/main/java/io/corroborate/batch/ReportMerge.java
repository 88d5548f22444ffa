package io.corroborate.batch;

import io.corroborate.Claim;
import io.corroborate.DocumentSummary;
import io.corroborate.Finding;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.Stats;
import io.corroborate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One report from the reports of several event groups: sections concatenated in event order (first
 * appearance in the input), verdict ids renumbered across the whole, the batch's own diagnostics
 * first.
 */
final class ReportMerge {
  private ReportMerge() {}

  static Report merge(List<Problem> batchDiagnostics, List<BatchRun.EventReport> events) {
    List<DocumentSummary> documents = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Problem> diagnostics = new ArrayList<>(batchDiagnostics);
    Map<String, Integer> byLabel = new TreeMap<>();
    int sentences = 0;
    for (BatchRun.EventReport event : events) {
      Report r = event.report();
      documents.addAll(r.documents());
      claims.addAll(r.claims());
      for (Verdict v : r.verdicts()) {
        verdicts.add(new Verdict("v" + (verdicts.size() + 1), v.claim(), v.key(), v.verdict(), v.rule(), v.severity(),
            v.message(), v.speaker(), v.attributions()));
      }
      findings.addAll(r.findings());
      diagnostics.addAll(r.diagnostics());
      r.stats().verdictsByLabel().forEach((label, n) -> byLabel.merge(label, n, Integer::sum));
      sentences += r.stats().sentences();
    }
    Stats stats = new Stats(documents.size(), sentences, claims.size(), verdicts.size(), findings.size(),
        diagnostics.size(), byLabel);
    return new Report(Report.SCHEMA_VERSION, documents, claims, verdicts, findings, diagnostics, stats);
  }
}
