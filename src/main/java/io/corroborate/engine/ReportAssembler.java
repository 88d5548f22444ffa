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
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.FindingRule;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          .thenComparing(v -> v.claims().stream().map(c -> Integer.toString(c.getId())).toList().toString());

  private final CompiledRuleSet rules;
  private final List<Document> documents;
  private final Map<String, AnalyzedText> analyzed;
  private final Map<Integer, ExtractedClaim> claims;
  private final Set<Integer> kept;
  /** The first document of each id (later duplicates were skipped), for lookups by id in linear time. */
  private final Map<String, Document> byId = new HashMap<>();

  ReportAssembler(CompiledRuleSet rules, List<Document> documents, Map<String, AnalyzedText> analyzed,
      Map<Integer, ExtractedClaim> claims, Set<Integer> kept) {
    this.rules = rules;
    this.documents = documents;
    this.analyzed = analyzed;
    this.claims = claims;
    this.kept = kept;
    documents.forEach(d -> byId.putIfAbsent(d.id(), d));
  }

  Report assemble(List<VerdictDraft> drafts, List<FindingDraft> findingDrafts, List<Problem> problems) {
    List<Claim> claimList = kept.stream().map(id -> claims.get(id).claim())
        .sorted(Comparator.comparing(Claim::document).thenComparingInt(Claim::start).thenComparing(Claim::kind))
        .toList();
    List<Verdict> verdicts = verdicts(drafts);
    List<Finding> findings = findings(findingDrafts);
    List<DocumentSummary> summaries = summaries(claimList, findings);
    Map<String, Integer> byLabel = new TreeMap<>();
    verdicts.forEach(v -> byLabel.merge(v.verdict(), 1, Integer::sum));
    int sentences = analyzed.values().stream().mapToInt(t -> t.sentences().size()).sum();
    Stats stats = new Stats(documents.size(), sentences, claimList.size(), verdicts.size(), findings.size(),
        problems.size(), byLabel);
    return new Report(Report.SCHEMA_VERSION, summaries, claimList, verdicts, findings, problems, stats);
  }

  private List<Verdict> verdicts(List<VerdictDraft> drafts) {
    List<VerdictDraft> sorted = new ArrayList<>(drafts);
    sorted.sort(VERDICT_ORDER);
    List<Verdict> out = new ArrayList<>();
    for (VerdictDraft d : sorted) {
      List<Attribution> attributions = d.claims().stream().map(ClaimFact::getId)
          .map(id -> claims.get(id).claim().attribution()).sorted(ATTRIBUTION_ORDER).toList();
      out.add(new Verdict("v" + (out.size() + 1), d.kind(), d.key(), d.label(), d.rule(), d.severity(),
          d.message(), d.speaker(), attributions));
    }
    return out;
  }

  private List<Finding> findings(List<FindingDraft> drafts) {
    List<Finding> out = new ArrayList<>();
    for (FindingDraft d : drafts) {
      FindingRule rule = rules.generated().findings().get(d.finding());
      SentenceFact s = d.sentence();
      String text = analyzed.get(s.getDocument()).text().substring(s.getStart(), s.getEnd());
      out.add(new Finding(rule.name(), s.getDocument(), s.getStart(), s.getEnd(), text,
          rule.origin().location() + " " + rule.name(), rule.severity(), message(rule, s, text)));
    }
    out.sort(Comparator.comparing(Finding::document).thenComparingInt(Finding::start)
        .thenComparingInt(Finding::end).thenComparing(Finding::type));
    return out;
  }

  private String message(FindingRule rule, SentenceFact s, String text) {
    if (rule.message() == null) {
      return rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    Document document = byId.get(s.getDocument());
    String source = document == null ? s.getDocument() : document.effectiveSource();
    String line = Integer.toString(s.isLine() ? s.getIndex() + 1 : 0);
    return rule.message().replace("{text}", text).replace("{document}", s.getDocument())
        .replace("{source}", source).replace("{line}", line)
        .replace("{sentence}", Integer.toString(s.isLine() ? -1 : s.getIndex()));
  }

  private List<DocumentSummary> summaries(List<Claim> claimList, List<Finding> findings) {
    // counted once per document id: filtering the whole list per document was quadratic (10k documents: minutes)
    Map<String, Integer> claimCounts = new HashMap<>();
    claimList.forEach(c -> claimCounts.merge(c.document(), 1, Integer::sum));
    Map<String, Integer> findingCounts = new HashMap<>();
    findings.forEach(f -> findingCounts.merge(f.document(), 1, Integer::sum));
    List<DocumentSummary> out = new ArrayList<>();
    for (Document d : documents) {
      AnalyzedText text = analyzed.get(d.id());
      int claimCount = claimCounts.getOrDefault(d.id(), 0);
      int findingCount = findingCounts.getOrDefault(d.id(), 0);
      out.add(new DocumentSummary(d.id(), d.effectiveSource(), d.published(), d.title(),
          text == null ? 0 : text.sentences().size(), claimCount, findingCount));
    }
    return out;
  }
}
