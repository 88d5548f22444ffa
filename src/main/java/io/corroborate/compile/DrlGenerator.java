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
 * per-key accumulate rules, built-in verdicts are generic rules over the summaries, and custom rules and
 * findings get one rule each. User text only enters through {@link DrlText}.
 */
public final class DrlGenerator {
  static final String PACKAGE = "io.corroborate.generated";
  private static final String FACTS = "io.corroborate.compile.facts";

  private final DrlWriter out = new DrlWriter();
  private final Map<String, SourceSpan> origins = new LinkedHashMap<>();

  private DrlGenerator() {}

  public static GeneratedRules generate(CheckedRuleSet rules) {
    DrlGenerator generator = new DrlGenerator();
    generator.header();
    rules.kinds().values().forEach(generator::kindComment);
    generator.bookkeeping();
    Map<Agreement, List<ClaimKind>> byPolicy = new LinkedHashMap<>();
    rules.kinds().values().forEach(k -> byPolicy.computeIfAbsent(k.agreement(), p -> new ArrayList<>()).add(k));
    generator.agreementRules(byPolicy);
    BuiltinVerdicts.write(generator.out);
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
    return new GeneratedRules(generator.out.toString(), custom, findings, findingDrl.tests(), generator.origins);
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

  /** One key fact per claim key, and one per (key, named speaker): the anchors of per-key grouping. */
  private void bookkeeping() {
    out.rule("suppress claims in noise", Salience.SUPPRESS).line("when")
        .line("    $m : SuppressMark()")
        .line("    $c : ClaimFact( document == $m.document, start >= $m.start, end <= $m.end )")
        .line("then").line("    delete( $c );").line("end").blank();
    out.rule("one key fact per claim key", Salience.KEYS).line("when")
        .line("    ClaimFact( asserted == true, $kind : kind, $key : key )")
        .line("    not KeyFact( kind == $kind, key == $key )")
        .line("then").line("    insert( new KeyFact( $kind, $key ) );").line("end").blank();
    out.rule("one speaker fact per claim key and speaker", Salience.KEYS).line("when")
        .line("    ClaimFact( asserted == true, speaker != null, $kind : kind, $key : key, $speaker : speaker )")
        .line("    not SpeakerKeyFact( kind == $kind, key == $key, speaker == $speaker )")
        .line("then").line("    insert( new SpeakerKeyFact( $kind, $key, $speaker ) );").line("end").blank();
  }

  /**
   * One pair of per-key and per-speaker accumulate rules per agreement policy, shared by the kinds
   * that use it: a rule per kind would cost thousands of rules for large rule sets, for no gain.
   */
  private void agreementRules(Map<Agreement, List<ClaimKind>> byPolicy) {
    byPolicy.forEach((policy, kinds) -> {
      String described = policy.describe();
      String names = kinds.stream().limit(5).map(ClaimKind::name).collect(java.util.stream.Collectors.joining(", "))
          + (kinds.size() > 5 ? " and " + (kinds.size() - 5) + " more" : "");
      String kindTest = "kind in ( " + kinds.stream().map(k -> DrlText.quote(k.name()))
          .collect(java.util.stream.Collectors.joining(", ")) + " )";
      String keyRule = "agree " + described + ": " + names;
      origins.put(keyRule, kinds.get(0).decl().span());
      out.rule(keyRule, Salience.SUMMARIES).line("when")
          .line("    $k : KeyFact( " + kindTest + " )")
          .line("    accumulate( $c : ClaimFact( kind == $k.kind, key == $k.key, asserted == true ); $claims : collectList( $c ) )")
          .line("then").line("    insert( outcomes.summarizeKey( $k, $claims ) );").line("end").blank();
      String speakerRule = keyRule + ", per speaker";
      origins.put(speakerRule, kinds.get(0).decl().span());
      out.rule(speakerRule, Salience.SUMMARIES).line("when")
          .line("    $s : SpeakerKeyFact( " + kindTest + " )")
          .line("    accumulate( $c : ClaimFact( kind == $s.kind, key == $s.key, speaker == $s.speaker,"
              + " asserted == true );"
              + " $claims : collectList( $c ) )")
          .line("then").line("    insert( outcomes.summarizeSpeaker( $s, $claims ) );").line("end").blank();
    });
  }
}
