package io.corroborate.compile;

import io.corroborate.check.Agreement;
import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.ClaimKind;
import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.RuleDecl;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked rule set into DRL. Claim kinds become declared fact types, agreement policies become
 * per-key accumulate rules (whose consequence also gives the key's built-in verdict), per-speaker verdicts
 * are generic rules over the summaries, and custom rules and findings get one rule each. User text only
 * enters through {@link DrlText}.
 */
public final class DrlGenerator {
  static final String PACKAGE = "io.corroborate.generated";
  private static final String FACTS = "io.corroborate.compile.facts";

  private final DrlWriter out = new DrlWriter();
  private final Map<String, SourceSpan> origins = new LinkedHashMap<>();
  private final Map<String, Integer> agreements = new LinkedHashMap<>();
  private final Map<String, BuiltinRule> builtins = new LinkedHashMap<>();

  private DrlGenerator() {}

  public static GeneratedRules generate(CheckedRuleSet rules) {
    DrlGenerator generator = new DrlGenerator();
    generator.header();
    rules.kinds().values().forEach(generator::kindComment);
    if (rules.findings().stream().anyMatch(FindingDecl::suppress)) {
      generator.suppression();
    }
    Map<Agreement, List<ClaimKind>> byPolicy = new LinkedHashMap<>();
    rules.kinds().values().forEach(k -> byPolicy.computeIfAbsent(k.agreement(), p -> new ArrayList<>()).add(k));
    generator.agreementRules(byPolicy);
    BuiltinVerdicts.write(generator.out, generator.builtins);
    List<CustomRule> custom = new ArrayList<>();
    CustomRuleDrl customDrl = new CustomRuleDrl(generator.out, rules.kinds(), rules.names()::resolve);
    for (RuleDecl rule : rules.rules()) {
      String name = customDrl.write(rule, custom.size());
      custom.add(customDrl.table(rule));
      generator.origins.put(name, rule.span());
    }
    FindingDrl findingDrl = new FindingDrl(generator.out);
    List<FindingRule> findings = new ArrayList<>();
    for (FindingDecl finding : rules.findings()) {
      String name = findingDrl.write(finding, findings.size());
      findings.add(findingDrl.table(finding));
      generator.origins.put(name, finding.span());
    }
    return new GeneratedRules(generator.out.toString(), custom, findings, findingDrl.tests(), generator.origins,
        generator.agreements, generator.builtins);
  }

  private void header() {
    out.line("package " + PACKAGE + ";");
    // MVEL consequences are interpreted; Java ones are compiled by ECJ, which costs seconds for 1,000 rules
    out.line("dialect \"mvel\"").blank();
    for (String type : List.of("ClaimFact", "KeyFact", "SpeakerKeyFact", "KeySummary", "SpeakerSummary",
        "SentenceFact", "SuppressMark")) {
      out.line("import " + FACTS + "." + type + ";");
    }
    out.line("import java.util.List;").blank();
    out.line("global " + FACTS + ".Outcomes outcomes;").blank();
  }

  /**
   * Claims of every kind share one fact class, told apart by {@code kind} (which Drools hashes in its
   * alpha network). A declared type per kind reads better but costs 7-14 ms of rule-base build each:
   * 14 s for 1,000 kinds, measured (bench/RESULTS.md).
   */
  private void kindComment(ClaimKind kind) {
    origins.put(kind.name(), kind.decl().name().span());
    out.line("// claim " + kind.name() + " at " + DrlText.comment(RuleOrigin.of(kind.decl().span()).location()));
  }

  /**
   * Claims inside a {@code suppress} finding's sentence leave the session before any key is summarized.
   * Written only when a finding suppresses: otherwise every claim would sit in this join's memory for nothing.
   */
  private void suppression() {
    out.rule("suppress claims in noise", Salience.SUPPRESS).line("when")
        .line("    $m : SuppressMark()")
        .line("    $c : ClaimFact( document == $m.document, start >= $m.start, end <= $m.end )")
        .line("then").line("    delete( $c );").line("end").blank();
  }

  /**
   * One pair of per-key and per-speaker accumulate rules per agreement policy, shared by the kinds
   * that use it: a rule per kind would cost thousands of rules for large rule sets, for no gain. The
   * engine inserts one {@code KeyFact} per distinct key (and {@code SpeakerKeyFact} per key and speaker)
   * after grouping the claims, carrying the policy's index, as the claims do: {@code agreement == N} is
   * one hashed test in Drools' alpha network, where {@code kind in (...)} would test every kind name on
   * every claim. A key whose claims were all suppressed collects nothing and gets no summary. Once
   * summarized, the key fact leaves: claims do not change after suppression, and its accumulate memory
   * (a tuple per claim, a result, a match) would otherwise be held to the end of the session. The key's
   * built-in verdict is given in the same firing; the summary is inserted only when a later rule reads it
   * (speaker verdicts, custom counts). The consequences run as Java ({@link BuiltinConsequences}).
   */
  private void agreementRules(Map<Agreement, List<ClaimKind>> byPolicy) {
    byPolicy.forEach((policy, kinds) -> {
      int index = agreements.isEmpty() ? 0 : java.util.Collections.max(agreements.values()) + 1;
      kinds.forEach(k -> agreements.put(k.name(), index));
      String described = policy.describe();
      String names = kinds.stream().limit(5).map(ClaimKind::name).collect(java.util.stream.Collectors.joining(", "))
          + (kinds.size() > 5 ? " and " + (kinds.size() - 5) + " more" : "");
      String keyRule = "agree " + described + ": " + names;
      origins.put(keyRule, kinds.get(0).decl().span());
      builtins.put(keyRule, new BuiltinRule(BuiltinRule.Role.KEY_SUMMARY, null));
      out.rule(keyRule, Salience.SUMMARIES).line("when")
          .line("    $k : KeyFact( agreement == " + index + " )")
          .line("    accumulate( $c : ClaimFact( agreement == " + index + ", asserted == true, kind == $k.kind,"
              + " key == $k.key ); $claims : collectList( $c ); $claims.size() > 0 )")
          .line("then").line("    KeySummary $summary = outcomes.summarizeKey( $k, $claims );")
          .line("    if ( $summary != null ) { insert( $summary ); }").line("    delete( $k );")
          .line("end").blank();
      String speakerRule = keyRule + ", per speaker";
      origins.put(speakerRule, kinds.get(0).decl().span());
      builtins.put(speakerRule, new BuiltinRule(BuiltinRule.Role.SPEAKER_SUMMARY, null));
      out.rule(speakerRule, Salience.SUMMARIES).line("when")
          .line("    $s : SpeakerKeyFact( agreement == " + index + " )")
          .line("    accumulate( $c : ClaimFact( agreement == " + index + ", asserted == true, speaker != null,"
              + " kind == $s.kind, key == $s.key, speaker == $s.speaker ); $claims : collectList( $c );"
              + " $claims.size() > 0 )")
          .line("then").line("    insert( outcomes.summarizeSpeaker( $s, $claims ) );").line("    delete( $s );")
          .line("end").blank();
    });
  }
}
