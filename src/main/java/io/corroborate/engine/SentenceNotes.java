package io.corroborate.engine;

import io.corroborate.Claim;
import io.corroborate.Document;
import io.corroborate.Explanation;
import io.corroborate.Report;
import io.corroborate.compile.ClaimPattern;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.match.Match;
import io.corroborate.compile.match.NearMiss;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.extract.ExtractionListener;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Mention;
import io.corroborate.text.Quantity;
import io.corroborate.text.Sentence;
import io.corroborate.text.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects, per sentence of the explained document, what extraction did, in words. */
final class SentenceNotes implements ExtractionListener {
  private final CompiledRuleSet rules;
  private final Document document;
  private final Map<Integer, List<String>> matches = new HashMap<>();
  private final Map<Integer, List<ExtractedClaim>> claims = new HashMap<>();
  private final Map<Integer, List<String>> misses = new HashMap<>();
  private final Set<String> keys = new HashSet<>();
  private AnalyzedText text;

  SentenceNotes(CompiledRuleSet rules, Document document) {
    this.rules = rules;
    this.document = document;
  }

  /** "Kind key" of every claim the document made, to pick the rule firings that concern it. */
  Set<String> keys() {
    return keys;
  }

  @Override
  public void analyzed(AnalyzedText analyzed) {
    this.text = analyzed;
  }

  @Override
  public boolean wantsNearMisses() {
    return true;
  }

  @Override
  public void matched(Sentence sentence, Match match, boolean kept) {
    ClaimPattern pattern = rules.claimPatterns().get(match.pattern());
    StringBuilder text = new StringBuilder(pattern.kind().name() + " pattern at " + pattern.origin().location()
        + " matched \"" + span(sentence, match.start(), match.end()) + "\"");
    text.append(kept ? "" : " (dropped: a longer or earlier pattern matched the same tokens)");
    for (Match.Capture c : match.captures()) {
      text.append("\n    ").append(c.slot()).append(" = \"").append(span(sentence, c.start(), c.end())).append("\" → ")
          .append(c.value() instanceof Quantity q ? quantity(q) : c.value());
    }
    matches.computeIfAbsent(sentence.index(), i -> new ArrayList<>()).add(text.toString());
  }

  @Override
  public void claimed(Sentence sentence, Match match, ExtractedClaim claim) {
    claims.computeIfAbsent(sentence.index(), i -> new ArrayList<>()).add(claim);
    keys.add(claim.kind().name() + " " + claim.claim().key());
  }

  @Override
  public void nearMiss(Sentence sentence, NearMiss miss) {
    ClaimPattern pattern = rules.claimPatterns().get(miss.pattern());
    String at = miss.stop() < sentence.tokens().size() ? sentence.tokens().get(miss.stop()).text() : "the end";
    String got = span(sentence, miss.start(), miss.stop());
    String why = miss.expectedType() != null
        ? "slot `" + miss.slot() + "`: `" + at + "` is not a " + miss.expectedType()
        : "`" + miss.failedElement() + "` does not match at `" + at + "`";
    misses.computeIfAbsent(sentence.index(), i -> new ArrayList<>()).add(pattern.kind().name() + " pattern at "
        + pattern.origin().location() + " matched \"" + got + "\" (" + miss.matched() + " of " + miss.elements()
        + " elements), then " + why);
  }

  List<Explanation.SentenceNote> notes(Report report) {
    List<Explanation.SentenceNote> out = new ArrayList<>();
    if (text == null) {
      return out; // the document failed before extraction; the report says why
    }
    for (Sentence s : text.sentences()) {
      Speaker speaker = text.attribution().sentenceSpeaker(s.index());
      List<String> mentions = text.mentions().get(s.index()).stream().map(m -> mention(s, m)).toList();
      List<String> made = claims.getOrDefault(s.index(), List.of()).stream().map(c -> claim(c, report)).toList();
      out.add(new Explanation.SentenceNote(s.index(), s.line(), s.start(), s.end(),
          document.text().substring(s.start(), s.end()), speaker == null ? null : speaker.name(), mentions,
          matches.getOrDefault(s.index(), List.of()), made, misses.getOrDefault(s.index(), List.of())));
    }
    return out;
  }

  private static String claim(ExtractedClaim extracted, Report report) {
    Claim c = extracted.claim();
    boolean kept = report.claims().stream().anyMatch(r -> r.document().equals(c.document()) && r.start() == c.start()
        && r.kind().equals(c.kind()));
    return "claim " + c.kind() + " {" + c.key() + "} = " + VerdictMessages.display(c.value())
        + (c.speaker() == null ? ", no speaker (the outlet's own assertion)" : ", speaker " + c.speaker())
        + (kept ? " → a fact for the rules" : " → withdrawn: it lies in a sentence a `suppress` finding marked");
  }

  private static String mention(Sentence s, Mention m) {
    String text = span(s, m.tokenStart(), m.tokenEnd());
    return m.type() + " \"" + text + "\"" + (m.quantity() == null ? "" : " = " + quantity(m.quantity()));
  }

  private static String quantity(Quantity q) {
    String unit = q.unit().isEmpty() ? "" : " " + q.unit();
    String low = Double.isInfinite(q.low()) ? "-inf" : io.corroborate.extract.Numbers.format(q.low());
    String high = Double.isInfinite(q.high()) ? "inf" : io.corroborate.extract.Numbers.format(q.high());
    return q.qualifier() + " " + io.corroborate.extract.Numbers.format(q.point()) + unit
        + (q.lowOpen() || Double.isInfinite(q.low()) ? " (" : " [") + low + ", " + high
        + (q.highOpen() || Double.isInfinite(q.high()) ? ")" : "]");
  }

  private static String span(Sentence s, int from, int to) {
    if (from >= to) {
      return "";
    }
    return s.tokens().get(from).text().isEmpty() ? "" : joined(s, from, to);
  }

  private static String joined(Sentence s, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && s.tokens().get(i).start() > s.tokens().get(i - 1).end()) {
        out.append(' ');
      }
      out.append(s.tokens().get(i).text());
    }
    return out.toString();
  }
}
