package io.corroborate.compile;

/**
 * The built-in verdicts, as rules over per-key and per-speaker summaries. They are the same for every
 * claim kind; what differs per kind is how its summary was computed (the agreement policy).
 */
final class BuiltinVerdicts {
  private BuiltinVerdicts() {}

  static void write(DrlWriter out) {
    // a conflict needs two sources: one outlet's different figures for one key are most often about
    // different things (generic keys are coarse), so they stay that outlet's single-source report
    keyVerdict(out, "CORROBORATED", "agree == true, sourceCount >= 2");
    keyVerdict(out, "SINGLE_SOURCE", "sourceCount == 1");
    keyVerdict(out, "SUPERSEDED", "agree == false, sourceCount >= 2, superseded == true");
    keyVerdict(out, "CONFLICTING", "agree == false, sourceCount >= 2, superseded == false, "
        + "( outletDisagrees == true || speakerInconsistent == true )");
    keyVerdict(out, "DISPUTED", "agree == false, sourceCount >= 2, superseded == false, outletDisagrees == false, "
        + "speakerInconsistent == false");
    // per speaker only what the key's verdict does not already say: several outlets agree on what the
    // speaker said, or quote the speaker differently; one outlet's report of a speaker is a line of the key's
    speakerVerdict(out, "CORROBORATED", "consistent == true, sourceCount >= 2");
    speakerVerdict(out, "CONFLICTING", "consistent == false, sourceCount >= 2");
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
