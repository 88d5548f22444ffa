package io.corroborate.report;

import io.corroborate.Attribution;
import io.corroborate.Value;
import io.corroborate.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One verdict as an article: its label and rule, then its values side by side, each with who said it where. */
final class VerdictHtml {
  private static final Set<String> SEVERITIES = Set.of("info", "low", "medium", "high", "critical");

  private final HtmlOut out;
  private final SentenceContext context;

  VerdictHtml(HtmlOut out, SentenceContext context) {
    this.out = out;
    this.context = context;
  }

  void write(Verdict v) {
    String id = "verdict-" + v.id();
    out.raw("<article class=\"verdict tone-").raw(tone(v.verdict())).raw("\"").attr("id", id)
        .attr("data-label", v.verdict()).attr("data-kind", v.claim()).attr("aria-labelledby", id + "-title")
        .raw(">\n<header>");
    badge(v.verdict(), null);
    out.raw("<h3").attr("id", id + "-title").raw(">").text(v.claim());
    if (!v.key().equals("*")) {
      out.raw(" <span class=\"key\">{").text(v.key()).raw("}</span>");
    }
    out.raw("</h3>");
    if (v.speaker() != null) {
      out.raw("<span class=\"scope\">as reported of <strong>").text(v.speaker()).raw("</strong></span>");
    }
    severity(v.severity());
    out.raw("<span class=\"vid mono\">").text(v.id()).raw("</span></header>\n");
    out.raw("<p class=\"message\">").text(v.message()).raw("</p>\n");
    long sources = v.attributions().stream().map(Attribution::source).distinct().count();
    out.raw("<p class=\"meta\"><span>Rule: <code>").text(v.rule()).raw("</code></span><span>")
        .text(count(sources, "source") + " \u00b7 " + count(v.attributions().size(), "mention")).raw("</span></p>\n");
    out.raw("<div class=\"values\">\n");
    byValue(v.attributions()).forEach(this::valueGroup);
    out.raw("</div>\n</article>\n");
  }

  private void valueGroup(Value value, List<Attribution> attributions) {
    String amount = ValueText.amount(value);
    out.raw("<section class=\"value-group\"").attr("aria-label", "value " + amount).raw(">\n<h4><span class=\"amount\">")
        .text(amount).raw("</span>");
    String range = ValueText.range(value);
    if (!range.isEmpty()) {
      out.raw("<span class=\"range\">").text(range).raw("</span>");
    }
    long sources = attributions.stream().map(Attribution::source).distinct().count();
    out.raw("<span class=\"tally\">").text(count(sources, "source")).raw("</span></h4>\n<ol>\n");
    attributions.forEach(this::attribution);
    out.raw("</ol>\n</section>\n");
  }

  private void attribution(Attribution a) {
    out.raw("<li class=\"attribution\"><p class=\"who\"><span class=\"outlet\">").text(a.source()).raw("</span>");
    if (a.speaker() != null) {
      out.raw(" \u2014 <span class=\"speaker\">").text(a.speaker()).raw("</span>");
    } else {
      out.raw(" \u2014 <span class=\"unattributed\">in its own words</span>");
    }
    SentenceContext.Excerpt excerpt = context.around(a.document(), a.start(), a.end(), a.text());
    out.raw("</p>\n<blockquote>").text(excerpt.before()).raw("<mark>").text(excerpt.match()).raw("</mark>")
        .text(excerpt.after()).raw("</blockquote>\n<p class=\"where\">document <code>").text(a.document())
        .raw("</code> \u00b7 sentence ").text(Integer.toString(a.sentence())).raw(" \u00b7 chars ")
        .text(a.start() + "\u2013" + a.end()).raw(" \u00b7 value <code>").text(a.value().text()).raw("</code></p></li>\n");
  }

  void badge(String label, Integer count) {
    out.raw("<span class=\"badge label-").raw(tone(label)).raw("\">").text(label);
    if (count != null) {
      out.raw(" <span class=\"count\">").text(count.toString()).raw("</span>");
    }
    out.raw("</span>");
  }

  void severity(String severity) {
    String known = SEVERITIES.contains(severity) ? severity : "other";
    out.raw("<span class=\"severity sev-").raw(known).raw("\">").text(severity).raw("</span>");
  }

  /** The CSS tone of a label: the four built-ins have their own colours, rule-defined labels share one. */
  static String tone(String label) {
    return switch (label) {
      case "CORROBORATED" -> "corroborated";
      case "SINGLE_SOURCE" -> "single-source";
      case "CONFLICTING" -> "conflicting";
      case "DISPUTED" -> "disputed";
      default -> "custom";
    };
  }

  /** Attributions grouped by normalized value, groups in the report's order (lowest value first). */
  private static Map<Value, List<Attribution>> byValue(List<Attribution> attributions) {
    Map<Value, List<Attribution>> groups = new LinkedHashMap<>();
    attributions.forEach(a -> groups.computeIfAbsent(a.value(), k -> new ArrayList<>()).add(a));
    return groups;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
