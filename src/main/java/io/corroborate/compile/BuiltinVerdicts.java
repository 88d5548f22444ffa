package io.corroborate.compile;

/**
 * The built-in verdicts, as rules over per-key and per-speaker summaries. They are the same for every
 * claim kind; what differs per kind is how its summary was computed (the agreement policy).
 */
final class BuiltinVerdicts {
  private BuiltinVerdicts() {}

  static void write(DrlWriter out) {
    keyVerdict(out, "CORROBORATED", "agree == true, sourceCount >= 2");
    keyVerdict(out, "SINGLE_SOURCE", "agree == true, sourceCount == 1");
    keyVerdict(out, "SUPERSEDED", "agree == false, superseded == true");
    keyVerdict(out, "CONFLICTING", "agree == false, superseded == false, "
        + "( outletDisagrees == true || speakerInconsistent == true )");
    keyVerdict(out, "DISPUTED", "agree == false, superseded == false, outletDisagrees == false, "
        + "speakerInconsistent == false");
    speakerVerdict(out, "CORROBORATED", "consistent == true, sourceCount >= 2");
    speakerVerdict(out, "SINGLE_SOURCE", "consistent == true, sourceCount == 1");
    speakerVerdict(out, "CONFLICTING", "consistent == false");
  }

  private static void keyVerdict(DrlWriter out, String label, String constraints) {
    String name = "builtin " + label;
    out.rule(name, Salience.VERDICTS).line("when")
        .line("    $s : KeySummary( " + constraints + " )")
        .line("then").line("    outcomes.keyVerdict( " + DrlText.quote(name) + ", " + DrlText.quote(label) + ", $s );")
        .line("end").blank();
  }

  private static void speakerVerdict(DrlWriter out, String label, String constraints) {
    String name = "builtin speaker " + label;
    out.rule(name, Salience.SPEAKER_VERDICTS).line("when")
        .line("    $k : KeySummary( divided == true, superseded == false )")
        .line("    $s : SpeakerSummary( kind == $k.kind, key == $k.key, " + constraints + " )")
        .line("then").line("    outcomes.speakerVerdict( " + DrlText.quote(name) + ", " + DrlText.quote(label) + ", $s );")
        .line("end").blank();
  }
}
