package io.corroborate.engine;

import io.corroborate.Finding;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.StructuredClaim;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.FindingRule;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.extract.StructuredClaims;
import io.corroborate.source.ErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One evaluation as a single Drools session that documents and claims join one at a time.
 *
 * <p>Finding rules test one sentence fact each, so they fire as each document joins: the finding's
 * text is cut from the document then, and the sentence facts leave the session, keeping memory in
 * proportion to the claims rather than to the text read. Claims wait until {@link #finish}, where
 * suppression, per-key summaries and verdicts fire over all of them at once, exactly as if every
 * fact had been inserted together. Used by one thread at a time.
 */
public final class EvaluationSession implements AutoCloseable {
  private final CompiledRuleSet rules;
  private final StructuredClaims structured;
  private final KieSession session;
  private final Map<Integer, ExtractedClaim> claims = new LinkedHashMap<>();
  private final SessionOutcomes outcomes;
  private final List<Finding> findings = new ArrayList<>();
  private final List<ReportAssembler.DocumentEntry> documents = new ArrayList<>();
  private final Set<String> documentIds = new HashSet<>();
  private final BatchYear batchYear = new BatchYear();
  private final BatchMonth batchMonth = new BatchMonth();
  private final List<Problem> problems = new ArrayList<>();
  private int nextId = 1;
  private boolean finished;

  public EvaluationSession(CompiledRuleSet rules) {
    this(rules, Trace.NONE);
  }

  EvaluationSession(CompiledRuleSet rules, Trace trace) {
    this.rules = rules;
    this.structured = new StructuredClaims(rules);
    this.outcomes = new SessionOutcomes(rules, claims);
    this.session = rules.kieBase().newKieSession();
    if (trace.wantsFirings()) {
      traceFirings(trace);
    }
    session.setGlobal("outcomes", outcomes);
  }

  /**
   * Every rule firing, in order; a key's built-in verdict, given within its summary rule's firing, follows that
   * firing as a step named like the verdict's rule ({@code builtin LABEL}) with the summary it decided on.
   */
  private void traceFirings(Trace trace) {
    List<KeySummary> judged = new ArrayList<>();
    outcomes.traceKeyVerdicts(judged::add);
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        trace.fired(event.getMatch().getRule().getName(), List.copyOf(event.getMatch().getObjects()));
        judged.forEach(s -> trace.fired("builtin " + s.builtinVerdict(), List.of(s)));
        judged.clear();
      }
    });
  }

  /** A problem met while reading the input, carried into the report in the order added. */
  public void problem(Problem problem) {
    problems.add(problem);
  }

  /** Adds a prepared document: its findings fire now, its claims wait for {@link #finish}. */
  public void add(DocumentExtraction extraction) {
    requireOpen();
    String id = extraction.document().id();
    if (!documentIds.add(id)) {
      problems.add(Problems.about(ErrorCode.X002, id, "duplicate document id `" + id
          + "`: the later one is skipped", "give every document its own id"));
      return;
    }
    if (extraction.failure() != null) {
      problems.add(extraction.failure());
      documents.add(ReportAssembler.DocumentEntry.of(extraction.document(), 0));
      return;
    }
    documents.add(ReportAssembler.DocumentEntry.of(extraction.document(), extraction.sentences()));
    if (extraction.claims().stream().anyMatch(c -> c.kind().agreement().separates())) {
      batchYear.add(extraction.document()); // only separated figures are told apart by year and month
      batchMonth.add(extraction.document(), extraction.monthsWritten());
    }
    fireFindings(extraction);
    for (ExtractedClaim c : extraction.claims()) {
      ExtractedClaim renumbered = c.with(nextId++, c.claim());
      claims.put(renumbered.id(), renumbered);
    }
  }

  /**
   * Adds a claim extracted elsewhere; it joins the same keys as claims found in documents.
   *
   * @throws IllegalArgumentException when the claim does not fit the rule set (the message says how)
   */
  public void add(StructuredClaim claim) {
    requireOpen();
    ExtractedClaim extracted = structured.claim(nextId, claim);
    nextId++;
    claims.put(extracted.id(), extracted);
  }

  private void fireFindings(DocumentExtraction extraction) {
    if (extraction.facts().isEmpty()) {
      return;
    }
    int before = outcomes.findings().size();
    List<FactHandle> handles = new ArrayList<>(extraction.facts().size());
    extraction.facts().forEach(f -> handles.add(session.insert(f)));
    session.fireAllRules();
    List<FindingDraft> drafts = outcomes.findings();
    for (int i = before; i < drafts.size(); i++) {
      findings.add(finding(drafts.get(i), extraction));
    }
    handles.forEach(session::delete);
  }

  private Finding finding(FindingDraft draft, DocumentExtraction extraction) {
    FindingRule rule = rules.generated().findings().get(draft.finding());
    SentenceFact s = draft.sentence();
    String text = extraction.document().text().substring(s.getStart(), s.getEnd());
    return new Finding(rule.name(), s.getDocument(), s.getStart(), s.getEnd(), text,
        rule.origin().location() + " " + rule.name(), rule.severity(),
        message(rule, s, text, extraction.document().effectiveSource()));
  }

  private static String message(FindingRule rule, SentenceFact s, String text, String source) {
    if (rule.message() == null) {
      return rule.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    String line = Integer.toString(s.isLine() ? s.getIndex() + 1 : 0);
    return rule.message().replace("{text}", text).replace("{document}", s.getDocument())
        .replace("{source}", source).replace("{line}", line)
        .replace("{sentence}", Integer.toString(s.isLine() ? -1 : s.getIndex()));
  }

  /** Fires the claim rules over every claim added, closes the session and assembles the report. */
  public Report finish() {
    requireOpen();
    finished = true;
    try {
      int year = batchYear.year();
      BatchTime batch = new BatchTime(year, batchMonth.month(year));
      EventDays.place(claims, batchMonth.day(year, batch.month()));
      // keys that depend on the whole batch, same ids; a vague plural of no one fact is left out (DistinctFigures)
      Map<Integer, ExtractedClaim> settled = KeyResolution.resolve(claims, batch);
      claims.keySet().retainAll(settled.keySet());
      claims.putAll(settled);
      java.util.BitSet kept = ClaimFacts.insertAndFire(session, rules.generated(), claims.values());
      return new ReportAssembler(documents, claims, kept, findings)
          .assemble(outcomes.verdicts(), problems);
    } finally {
      session.dispose();
    }
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("this evaluation has finished; start a new one");
    }
  }

  /** Releases the rule-engine session of an evaluation abandoned before {@link #finish}. */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      session.dispose();
    }
  }
}
