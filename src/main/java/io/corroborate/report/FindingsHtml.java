package io.corroborate.report;

import io.corroborate.Finding;
import io.corroborate.Problem;
import java.util.List;

/** The report's findings (flagged sentences and lines) and problems (rule and input diagnostics). */
final class FindingsHtml {
  private final HtmlOut out;
  private final VerdictHtml verdicts;

  FindingsHtml(HtmlOut out, VerdictHtml verdicts) {
    this.out = out;
    this.verdicts = verdicts;
  }

  void findings(List<Finding> findings) {
    out.raw("<section id=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">Findings</h2>\n");
    if (findings.isEmpty()) {
      out.raw("<p class=\"empty\">No findings.</p>\n</section>\n");
      return;
    }
    out.raw("<p class=\"hint\">Sentences and lines a finding rule flagged (boilerplate, promos, editorial lines); ")
        .raw("they are observations, not claims.</p>\n<ul class=\"findings\">\n");
    for (Finding f : findings) {
      out.raw("<li class=\"card\"><div class=\"head\"><span class=\"type\">").text(f.type()).raw("</span>");
      verdicts.severity(f.severity());
      out.raw("<span class=\"where\">document <code>").text(f.document()).raw("</code> \u00b7 chars ")
          .text(f.start() + "\u2013" + f.end()).raw("</span></div>\n<p class=\"message\">").text(f.message())
          .raw("</p>\n<blockquote>").text(f.text()).raw("</blockquote>\n<p class=\"where\">Rule: <code>")
          .text(f.rule()).raw("</code></p></li>\n");
    }
    out.raw("</ul>\n</section>\n");
  }

  void problems(List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.raw("<section id=\"problems\" aria-labelledby=\"problems-title\">\n<h2 id=\"problems-title\">Problems</h2>\n")
        .raw("<ul class=\"problems\">\n");
    for (Problem p : problems) {
      String where = p.file() == null ? "" : p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "");
      out.raw("<li class=\"card\"><div class=\"head\"><strong>").text(p.severity() + "[" + p.code() + "]")
          .raw("</strong><span class=\"where\"><code>").text(where).raw("</code></span></div>\n<p>")
          .text(p.message()).raw("</p>");
      if (p.help() != null) {
        out.raw("<p class=\"where\">").text(p.help()).raw("</p>");
      }
      out.raw("</li>\n");
    }
    out.raw("</ul>\n</section>\n");
  }
}
