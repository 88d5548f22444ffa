package io.corroborate.report;

import io.corroborate.Explanation;
import io.corroborate.Finding;
import io.corroborate.Verdict;
import java.util.List;

/** An explanation for people: sentence by sentence, then the rules that fired, then the verdicts. */
public final class ExplanationText {
  private ExplanationText() {}

  public static String write(Explanation e, boolean allSentences) {
    StringBuilder out = new StringBuilder();
    out.append("Explaining ").append(e.document()).append(" (").append(e.report().documents().size())
        .append(" documents evaluated together)\n\n");
    for (Explanation.SentenceNote s : e.sentences()) {
      if (allSentences || s.interesting()) {
        sentence(out, s);
      }
    }
    List<Finding> findings = e.report().findings().stream().filter(f -> f.document().equals(e.document())).toList();
    if (!findings.isEmpty()) {
      out.append("Findings in this document (no claims are taken from suppressed ones):\n");
      findings.forEach(f -> out.append("  ").append(f.type()).append(" @").append(f.start()).append('-').append(f.end())
          .append(" by ").append(f.rule()).append(": \"").append(oneLine(f.text())).append("\"\n"));
      out.append('\n');
    }
    out.append("Rules that fired on this document's sentences, claims and keys, in firing order:\n");
    for (Explanation.RuleFiring f : e.firings()) {
      out.append("  #").append(f.order()).append(' ').append(f.rule()).append('\n');
      f.facts().forEach(fact -> out.append("      ").append(fact).append('\n'));
    }
    out.append("\nVerdicts that use this document:\n");
    for (Verdict v : e.report().verdicts()) {
      if (v.attributions().stream().anyMatch(a -> a.document().equals(e.document()))) {
        out.append("  ").append(v.id()).append(' ').append(v.verdict()).append(' ').append(v.claim()).append(" {")
            .append(v.key()).append('}').append(v.speaker() == null ? "" : " speaker " + v.speaker())
            .append(" (rule: ").append(v.rule()).append(")\n      ").append(v.message()).append('\n');
      }
    }
    return out.toString();
  }

  private static void sentence(StringBuilder out, Explanation.SentenceNote s) {
    out.append("sentence ").append(s.index()).append(", line ").append(s.line() + 1).append(", @").append(s.start())
        .append('-').append(s.end()).append(": \"").append(oneLine(s.text())).append("\"\n");
    out.append("  speaker: ").append(s.speaker() == null ? "(none: the outlet's own words)" : s.speaker()).append('\n');
    if (!s.mentions().isEmpty()) {
      out.append("  mentions: ").append(String.join("; ", s.mentions())).append('\n');
    }
    s.matches().forEach(m -> out.append("  match: ").append(m).append('\n'));
    s.claims().forEach(c -> out.append("  ").append(c).append('\n'));
    s.nearMisses().forEach(m -> out.append("  near miss: ").append(m).append('\n'));
    out.append('\n');
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
