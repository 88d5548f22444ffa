package io.corroborate.report;

import io.corroborate.Document;
import io.corroborate.DocumentSummary;
import io.corroborate.Report;
import io.corroborate.Stats;
import io.corroborate.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page for people: a summary, the verdicts with their sources
 * side by side and the matched text highlighted in its sentence, filters by label and claim kind,
 * then findings and problems. Styles and script are inlined, so the file works offline and can be
 * mailed; every piece of report text is escaped.
 */
public final class ReportHtml {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  /** Built-in labels, most worrying first; rule-defined labels follow in alphabetical order. */
  private static final List<String> LABEL_ORDER = List.of("CONFLICTING", "DISPUTED", "SINGLE_SOURCE", "CORROBORATED");

  private final HtmlOut out;
  private final VerdictHtml verdicts;
  private final Report report;

  private ReportHtml(Report report, List<Document> documents, Appendable target) {
    this.report = report;
    this.out = new HtmlOut(target);
    this.verdicts = new VerdictHtml(out, new SentenceContext(documents));
  }

  /** The page without document texts: each match is shown alone, without its sentence. */
  public static String render(Report report) {
    return render(report, List.of());
  }

  /** The page, with each match shown in its sentence from the evaluated documents. */
  public static String render(Report report, List<Document> documents) {
    StringBuilder page = new StringBuilder(16_384);
    new ReportHtml(report, documents, page).page();
    return page.toString();
  }

  /** As {@link #render(Report, List)}, written to {@code target} as it goes (large batches). */
  public static void write(Report report, List<Document> documents, Writer target) throws IOException {
    try {
      new ReportHtml(report, documents, target).page();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void page() {
    Stats s = report.stats();
    out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\" content=\"Corroborate\">\n<title>Corroborate report: ")
        .text(count(s.verdicts(), "verdict") + " on " + count(s.documents(), "document")).raw("</title>\n<style>\n")
        .raw(CSS).raw("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#verdicts\">Skip to the verdicts</a>\n");
    header();
    out.raw("<main>\n");
    summary();
    verdictSection();
    FindingsHtml notes = new FindingsHtml(out, verdicts);
    notes.findings(report.findings());
    notes.problems(report.diagnostics());
    out.raw("</main>\n<footer>Written by Corroborate \u00b7 report schema version ")
        .text(Integer.toString(report.schemaVersion()))
        .raw(" \u00b7 sentence and character positions are 0-based, as in the JSON report</footer>\n<script>\n")
        .raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
  }

  private void header() {
    out.raw("<header class=\"page-header\"><div class=\"inner\"><h1>Corroborate report</h1>\n")
        .raw("<nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li>")
        .raw("<li><a href=\"#verdicts\">Verdicts</a></li><li><a href=\"#findings\">Findings</a></li>");
    if (!report.diagnostics().isEmpty()) {
      out.raw("<li><a href=\"#problems\">Problems</a></li>");
    }
    out.raw("</ul></nav></div></header>\n");
  }

  private void summary() {
    Stats s = report.stats();
    out.raw("<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n")
        .raw("<dl class=\"tiles\">\n");
    tile("Documents", s.documents());
    tile("Sentences", s.sentences());
    tile("Claims", s.claims());
    tile("Verdicts", s.verdicts());
    tile("Findings", s.findings());
    tile("Problems", s.problems());
    out.raw("</dl>\n<dl class=\"breakdown\">\n<dt>Verdicts by label</dt><dd><ul class=\"labels\">");
    for (Map.Entry<String, Integer> e : labelCounts().entrySet()) {
      out.raw("<li>");
      verdicts.badge(e.getKey(), e.getValue());
      out.raw("</li>");
    }
    out.raw("</ul></dd>\n<dt>Findings by type</dt><dd><ul class=\"labels\">");
    Map<String, Integer> types = new java.util.TreeMap<>();
    report.findings().forEach(f -> types.merge(f.type(), 1, Integer::sum));
    types.forEach((type, n) -> out.raw("<li><span class=\"badge finding-type\">").text(type)
        .raw(" <span class=\"count\">").text(Integer.toString(n)).raw("</span></span></li>"));
    out.raw("</ul></dd>\n</dl>\n");
    documentTable();
    out.raw("</section>\n");
  }

  private void tile(String name, int value) {
    out.raw("<div class=\"tile\"><dt>").text(name).raw("</dt><dd>").text(Integer.toString(value)).raw("</dd></div>\n");
  }

  private void documentTable() {
    out.raw("<table class=\"documents\">\n<caption>Documents</caption>\n<thead><tr><th scope=\"col\">Document</th>")
        .raw("<th scope=\"col\">Outlet</th><th scope=\"col\">Published</th><th scope=\"col\">Title</th>")
        .raw("<th scope=\"col\" class=\"num\">Sentences</th><th scope=\"col\" class=\"num\">Claims</th>")
        .raw("<th scope=\"col\" class=\"num\">Findings</th></tr></thead>\n<tbody>\n");
    for (DocumentSummary d : report.documents()) {
      out.raw("<tr><th scope=\"row\"><code>").text(d.id()).raw("</code></th><td>");
      if (d.source().equals(d.id())) {
        out.raw("<span class=\"muted\" title=\"the document counts as its own source\">not given</span>");
      } else {
        out.text(d.source());
      }
      out.raw("</td><td>").text(orDash(d.published())).raw("</td><td>").text(orDash(d.title()))
          .raw("</td><td class=\"num\">").text(Integer.toString(d.sentences()))
          .raw("</td><td class=\"num\">").text(Integer.toString(d.claims()))
          .raw("</td><td class=\"num\">").text(Integer.toString(d.findings())).raw("</td></tr>\n");
    }
    out.raw("</tbody>\n</table>\n");
  }

  private void verdictSection() {
    out.raw("<section id=\"verdicts\" aria-labelledby=\"verdicts-title\">\n<h2 id=\"verdicts-title\">Verdicts</h2>\n");
    if (report.verdicts().isEmpty()) {
      out.raw("<p class=\"empty\">No verdicts: no claim was found in the documents.</p>\n</section>\n");
      return;
    }
    out.raw("<p class=\"hint\">Each verdict judges the claims of one kind and key; its values stand side by side, ")
        .raw("each with the outlets and speakers that gave it and the sentence it came from.</p>\n");
    filters();
    report.verdicts().forEach(verdicts::write);
    out.raw("</section>\n");
  }

  /** Hidden until the script runs, so a page opened without scripts has no buttons that do nothing. */
  private void filters() {
    out.raw("<div class=\"filters\" id=\"filters\" role=\"group\" aria-label=\"Filter verdicts\" hidden>\n")
        .raw("<fieldset data-filter=\"label\"><legend>Label</legend>");
    labelCounts().forEach(this::filterButton);
    out.raw("</fieldset>\n<fieldset data-filter=\"kind\"><legend>Claim kind</legend>");
    Map<String, Integer> kinds = new LinkedHashMap<>();
    report.verdicts().stream().map(Verdict::claim).sorted().forEach(k -> kinds.merge(k, 1, Integer::sum));
    kinds.forEach(this::filterButton);
    out.raw("</fieldset>\n<button type=\"button\" class=\"reset\">Show all</button>\n")
        .raw("<output id=\"filter-status\" aria-live=\"polite\"></output>\n</div>\n");
  }

  private void filterButton(String value, int count) {
    out.raw("<button type=\"button\" aria-pressed=\"false\"").attr("data-value", value).raw(">").text(value)
        .raw(" <span class=\"count\">").text(Integer.toString(count)).raw("</span></button>");
  }

  /** Verdict counts by label, built-in labels first (most worrying first), then rule-defined ones. */
  private Map<String, Integer> labelCounts() {
    List<String> labels = new ArrayList<>(report.stats().verdictsByLabel().keySet());
    labels.sort(Comparator.comparingInt((String l) -> LABEL_ORDER.contains(l) ? LABEL_ORDER.indexOf(l) : LABEL_ORDER.size())
        .thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    labels.forEach(l -> counts.put(l, report.stats().verdictsByLabel().get(l)));
    return counts;
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "\u2014" : value;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String resource(String name) {
    try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks io/corroborate/report/" + name + "; rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
