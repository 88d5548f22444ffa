package io.corroborate.engine;

import io.corroborate.Attribution;
import io.corroborate.Claim;
import io.corroborate.Document;
import io.corroborate.DocumentSummary;
import io.corroborate.Finding;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.Stats;
import io.corroborate.Verdict;
import io.corroborate.extract.ExtractedClaim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Puts a report together in a deterministic order, so the same input always gives the same bytes. */
final class ReportAssembler {
  private static final Comparator<Attribution> ATTRIBUTION_ORDER =
      Comparator.comparing((Attribution a) -> a.value().low() == null ? Double.NEGATIVE_INFINITY : a.value().low())
          .thenComparing(a -> a.value().text() == null ? "" : a.value().text())
          .thenComparing(a -> a.speaker() == null ? "" : a.speaker())
          .thenComparing(Attribution::document)
          .thenComparingInt(Attribution::start);
  private static final Comparator<VerdictDraft> VERDICT_ORDER =
      Comparator.comparing(VerdictDraft::kind).thenComparing(VerdictDraft::key)
          .thenComparing(v -> v.speaker() == null ? "" : "~" + v.speaker())
          .thenComparing(VerdictDraft::rule).thenComparing(VerdictDraft::label)
          .thenComparing(v -> java.util.Arrays.toString(v.claimIds()));

  /** What the report keeps of a document: its metadata, not its text. */
  record DocumentEntry(String id, String source, io.corroborate.SourceEvidence sourceEvidence, String published,
      String title, String url, int sentences) {
    static DocumentEntry of(Document d, int sentences) {
      return new DocumentEntry(d.id(), d.effectiveSource(), d.sourceEvidence(), d.published(), d.title(), d.url(),
          sentences);
    }
  }

  private final List<DocumentEntry> documents;
  private final Map<Integer, ExtractedClaim> claims;
  /** The ids of the claims no finding suppressed (a bit set: a million boxed ids cost the young GC). */
  private final java.util.BitSet kept;
  private final List<Finding> findings;

  ReportAssembler(List<DocumentEntry> documents, Map<Integer, ExtractedClaim> claims, java.util.BitSet kept,
      List<Finding> findings) {
    this.documents = documents;
    this.claims = claims;
    this.kept = kept;
    this.findings = findings;
  }

  Report assemble(List<VerdictDraft> drafts, List<Problem> problems) {
    List<Claim> claimList = kept.stream().mapToObj(id -> claims.get(id).claim())
        .sorted(Comparator.comparing(Claim::document).thenComparingInt(Claim::start).thenComparing(Claim::kind))
        .toList();
    List<Verdict> verdicts = verdicts(drafts);
    List<Finding> sortedFindings = new ArrayList<>(findings);
    sortedFindings.sort(Comparator.comparing(Finding::document).thenComparingInt(Finding::start)
        .thenComparingInt(Finding::end).thenComparing(Finding::type));
    List<DocumentSummary> summaries = summaries(claimList, sortedFindings);
    Map<String, Integer> byLabel = new TreeMap<>();
    verdicts.forEach(v -> byLabel.merge(v.verdict(), 1, Integer::sum));
    int sentences = documents.stream().mapToInt(DocumentEntry::sentences).sum();
    Stats stats = new Stats(documents.size(), sentences, claimList.size(), verdicts.size(), sortedFindings.size(),
        problems.size(), byLabel);
    return new Report(Report.SCHEMA_VERSION, summaries, claimList, verdicts, sortedFindings, problems, stats);
  }

  private List<Verdict> verdicts(List<VerdictDraft> drafts) {
    List<VerdictDraft> sorted = new ArrayList<>(drafts);
    sorted.sort(VERDICT_ORDER);
    List<Verdict> out = new ArrayList<>(sorted.size());
    for (VerdictDraft d : sorted) {
      out.add(new Verdict("v" + (out.size() + 1), d.kind(), d.key(), d.label(), d.rule(), d.severity(),
          d.message(), d.speaker(), attributions(d.claimIds())));
    }
    return out;
  }

  /** The claims' attributions in report order: a loop and an array, as this runs once per verdict. */
  private List<Attribution> attributions(int[] claimIds) {
    Attribution[] out = new Attribution[claimIds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = claims.get(claimIds[i]).claim().attribution();
    }
    if (out.length > 1) {
      java.util.Arrays.sort(out, ATTRIBUTION_ORDER);
    }
    return List.of(out);
  }

  /** Counts per document in one pass each, so a batch of thousands of documents stays linear. */
  private List<DocumentSummary> summaries(List<Claim> claimList, List<Finding> findingList) {
    Map<String, Integer> claimCounts = new java.util.HashMap<>();
    claimList.forEach(c -> claimCounts.merge(c.document(), 1, Integer::sum));
    Map<String, Integer> findingCounts = new java.util.HashMap<>();
    findingList.forEach(f -> findingCounts.merge(f.document(), 1, Integer::sum));
    List<DocumentSummary> out = new ArrayList<>(documents.size());
    for (DocumentEntry d : documents) {
      out.add(new DocumentSummary(d.id(), d.source(), d.sourceEvidence(), d.published(), d.title(), d.url(),
          d.sentences(), claimCounts.getOrDefault(d.id(), 0), findingCounts.getOrDefault(d.id(), 0)));
    }
    return out;
  }
}
