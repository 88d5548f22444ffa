package io.corroborate.engine;

import io.corroborate.check.Agreement;
import io.corroborate.check.ClaimKind;
import io.corroborate.check.SlotType;
import io.corroborate.check.VerdictOverride;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.CustomRule;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.Outcomes;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.compile.facts.SpeakerKeyFact;
import io.corroborate.compile.facts.SpeakerSummary;
import io.corroborate.extract.ExtractedClaim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Collects what the rules of one session report. One instance per evaluation (a Drools global), used
 * by the one thread that fires the session.
 */
final class SessionOutcomes implements Outcomes {
  /**
   * The rule name a key's built-in verdict reports, per label: one string each, not one per verdict (a
   * million verdicts kept a million copies).
   */
  private static final Map<String, String> KEY_RULES = VerdictOverride.BUILTIN_LABELS.stream()
      .collect(Collectors.toUnmodifiableMap(l -> l, l -> "builtin " + l));

  private final CompiledRuleSet rules;
  private final Map<Integer, ExtractedClaim> claims;
  private final List<VerdictDraft> verdicts = new ArrayList<>();
  private final List<FindingDraft> findings = new ArrayList<>();
  private final Set<String> customSeen = new HashSet<>();
  private final VerdictMessages messages;
  /** Custom rules may count a key's sources or speakers ({@code sources(a) >= 2}) in its summary. */
  private final boolean summariesRead;
  private Consumer<KeySummary> keyVerdictTrace = s -> {};
  /** The rule set's overrides by kind, then label: looked up per verdict without building a key string. */
  private final Map<String, Map<String, VerdictOverride>> overrides = new HashMap<>();

  SessionOutcomes(CompiledRuleSet rules, Map<Integer, ExtractedClaim> claims) {
    this.rules = rules;
    this.claims = claims;
    this.messages = new VerdictMessages(claims);
    this.summariesRead = !rules.generated().customRules().isEmpty();
    rules.checked().overrides().values()
        .forEach(o -> overrides.computeIfAbsent(o.kind(), k -> new HashMap<>()).put(o.label(), o));
  }

  /** Tells {@code trace} each summary that gets a built-in verdict ({@code explain} lists them as steps). */
  void traceKeyVerdicts(Consumer<KeySummary> trace) {
    this.keyVerdictTrace = trace;
  }

  List<VerdictDraft> verdicts() {
    return verdicts;
  }

  List<FindingDraft> findings() {
    return findings;
  }

  private Agreement policy(String kind) {
    return rules.checked().kinds().get(kind).agreement();
  }

  @Override
  public KeySummary summarizeKey(KeyFact key, List<?> facts) {
    ClaimKind kind = rules.checked().kinds().get(key.getKind());
    KeySummary summary = Summaries.key(key, facts, kind.agreement(), kind.supersedes());
    // a quotation's key already names its speaker: a verdict per speaker would repeat the key's
    if (kind.valueSlot().type().base() == SlotType.Base.QUOTE) {
      summary = summary.undivided();
    }
    String label = summary.builtinVerdict();
    if (label != null) {
      keyVerdictTrace.accept(summary);
      builtin(summary.kind(), summary.key(), KEY_RULES.get(label), label, messages.key(label, summary), null,
          summary.claims());
    }
    return summariesRead || summary.wantsSpeakerVerdicts() ? summary : null;
  }

  @Override
  public SpeakerSummary summarizeSpeaker(SpeakerKeyFact key, List<?> facts) {
    ClaimKind kind = rules.checked().kinds().get(key.getKind());
    return Summaries.speaker(key, facts, kind.agreement(), kind.supersedes());
  }

  @Override
  public boolean agree(ClaimFact a, ClaimFact b) {
    return AgreementMath.agree(a, b, policy(a.getKind()));
  }

  @Override
  public void speakerVerdict(String rule, String label, SpeakerSummary s) {
    builtin(s.kind(), s.key(), rule, label, messages.speaker(label, s), s.speaker(), s.claims());
  }

  /** A built-in verdict, as the rule set's {@code override} for the kind and label says to report it. */
  private void builtin(String kind, String key, String rule, String label, String message, String speaker,
      List<ClaimFact> claims) {
    Map<String, VerdictOverride> ofKind = overrides.get(kind);
    VerdictOverride override = ofKind == null ? null : ofKind.get(label);
    if (override == null) {
      verdicts.add(new VerdictDraft(kind, key, label, rule, BuiltinSeverity.of(label), message, speaker, claims));
    } else if (!override.off()) {
      String severity = override.severity() != null ? override.severity() : BuiltinSeverity.of(label);
      verdicts.add(new VerdictDraft(kind, key, override.newLabel(), rule + " (overridden at " + override.origin() + ")",
          severity, message, speaker, claims));
    }
  }

  @Override
  public void customVerdict(int index, List<ClaimFact> claims) {
    int[] ids = claims.stream().mapToInt(ClaimFact::getId).sorted().toArray();
    if (!customSeen.add(index + ":" + Arrays.toString(ids))) {
      return; // the same claims matched with the variables swapped
    }
    CustomRule rule = rules.generated().customRules().get(index);
    ClaimFact first = claims.get(0);
    String name = rule.origin().location() + " " + rule.name();
    verdicts.add(new VerdictDraft(first.getKind(), first.getKey(), rule.label(), name, rule.severity(),
        messages.custom(rule, claims), null, claims));
  }

  @Override
  public void finding(int index, SentenceFact sentence) {
    findings.add(new FindingDraft(index, sentence));
  }
}
