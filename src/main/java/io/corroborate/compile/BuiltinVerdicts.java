package io.corroborate.compile;

import java.util.Map;

/**
 * The built-in verdicts per speaker, as rules over the key and speaker summaries. The verdict on a key
 * itself is decided with its summary ({@link io.corroborate.compile.facts.KeySummary#builtinVerdict}); a
 * speaker's verdict joins two summaries, which Drools does. They are the same for every claim kind; what
 * differs per kind is how its summaries were computed (the agreement policy).
 */
final class BuiltinVerdicts {
  private BuiltinVerdicts() {}

  /** Writes the rules and records their consequences in {@code builtins}. */
  static void write(DrlWriter out, Map<String, BuiltinRule> builtins) {
    // per speaker only what the key's verdict does not already say: several outlets agree on what the
    // speaker said, report the speaker differently, or report the speaker's later statements; one outlet's
    // report of a speaker is a line of the key's
    speakerVerdict(out, builtins, "CORROBORATED", "consistent == true, sourceCount >= 2");
    speakerVerdict(out, builtins, "CONFLICTING", "consistent == false, superseded == false, sourceCount >= 2");
    // the speaker's figures differ because the speaker spoke on different days: an update, not misreporting
    speakerVerdict(out, builtins, "SUPERSEDED", "consistent == false, superseded == true, sourceCount >= 2");
  }

  private static void speakerVerdict(DrlWriter out, Map<String, BuiltinRule> builtins, String label,
      String constraints) {
    String name = "builtin speaker " + label;
    builtins.put(name, new BuiltinRule(BuiltinRule.Role.SPEAKER_VERDICT, label));
    out.rule(name, Salience.SPEAKER_VERDICTS).line("when")
        .line("    $k : KeySummary( divided == true, superseded == false )")
        .line("    $s : SpeakerSummary( kind == $k.kind, key == $k.key, " + constraints + " )")
        .line("then").line("    outcomes.speakerVerdict( " + DrlText.quote(name) + ", " + DrlText.quote(label) + ", $s );")
        .line("end").blank();
  }
}
