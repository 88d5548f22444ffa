package io.corroborate.compile;

import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.Outcomes;
import io.corroborate.compile.facts.SpeakerKeyFact;
import io.corroborate.compile.facts.SpeakerSummary;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.consequence.Consequence;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.kie.api.KieBase;

/**
 * Runs the consequences of the built-in rules (per-key and per-speaker summaries, speaker verdicts) as
 * compiled Java instead of MVEL. They fire once per key: at a million keys MVEL's per-firing work (a
 * variable factory over the match, the global looked up by name, a reflective call) was a sixth of the
 * time. Java consequences written in the DRL would need ECJ at every cold build (+0.8 s for the 1,000-kind
 * rule set, bench/RESULTS.md); these are part of Corroborate and installed on the built rule base, which
 * still matches and fires the rules. The MVEL in the DRL does the same and stays as the rules' text.
 */
final class BuiltinConsequences {
  private static final String OUTCOMES = "outcomes";

  private BuiltinConsequences() {}

  /** Replaces the consequence of every rule {@code builtins} names; they are all in {@code base}. */
  static void install(KieBase base, Map<String, BuiltinRule> builtins) {
    builtins.forEach((name, builtin) -> {
      RuleImpl rule = (RuleImpl) base.getRule(DrlGenerator.PACKAGE, name);
      if (rule == null) {
        throw new IllegalStateException("no generated rule " + DrlText.quote(name));
      }
      rule.setConsequence(switch (builtin.role()) {
        case KEY_SUMMARY -> new KeySummarized();
        case SPEAKER_SUMMARY -> new SpeakerSummarized();
        case SPEAKER_VERDICT -> new SpeakerVerdict(name, builtin.verdict());
      });
    });
  }

  private static Outcomes outcomes(ValueResolver session) {
    return (Outcomes) session.getGlobal(OUTCOMES);
  }

  /** {@code KeySummary $summary = outcomes.summarizeKey( $k, $claims ); if ( $summary != null ) insert; delete( $k );} */
  private record KeySummarized() implements BuiltinConsequence {
    @Override
    public void evaluate(KnowledgeHelper match, ValueResolver session) {
      Declaration key = match.getDeclaration("$k");
      KeySummary summary = outcomes(session).summarizeKey((KeyFact) match.get(key), claims(match));
      if (summary != null) {
        match.insert(summary);
      }
      match.delete(match.getTuple().get(key));
    }
  }

  /** {@code insert( outcomes.summarizeSpeaker( $s, $claims ) ); delete( $s );} */
  private record SpeakerSummarized() implements BuiltinConsequence {
    @Override
    public void evaluate(KnowledgeHelper match, ValueResolver session) {
      Declaration key = match.getDeclaration("$s");
      match.insert(outcomes(session).summarizeSpeaker((SpeakerKeyFact) match.get(key), claims(match)));
      match.delete(match.getTuple().get(key));
    }
  }

  /** {@code outcomes.speakerVerdict( rule, label, $s );} */
  private record SpeakerVerdict(String rule, String label) implements BuiltinConsequence {
    @Override
    public void evaluate(KnowledgeHelper match, ValueResolver session) {
      outcomes(session).speakerVerdict(rule, label, (SpeakerSummary) match.get(match.getDeclaration("$s")));
    }
  }

  private static List<?> claims(KnowledgeHelper match) {
    return (List<?>) match.get(match.getDeclaration("$claims"));
  }

  /** A rule's only consequence (Drools names it "default"). */
  private interface BuiltinConsequence extends Consequence<KnowledgeHelper> {
    @Override
    default String getName() {
      return RuleImpl.DEFAULT_CONSEQUENCE_NAME;
    }
  }
}
