package io.corroborate.compile.facts;

import java.util.List;

/**
 * What the claims of one key say together, computed by a per-key accumulate rule. The verdict rules
 * decide on these fields.
 *
 * @param agree every pair of values agrees under the kind's policy
 * @param sourceCount distinct sources (outlets)
 * @param speakerCount distinct named speakers
 * @param outletDisagrees a claim the outlet asserts itself (no speaker) disagrees with another claim
 * @param speakerInconsistent some speaker is reported with values that name different figures
 * @param speakersStand the speakers themselves disagree: two who disagree are named in one source, or one
 *     of them by two or more sources (else the outlets disagree, each crediting its figure to someone)
 * @param divided speakers differ within the key (two or more, or one against the rest): each named
 *     speaker's value then gets a verdict of its own
 * @param superseded the kind says later reports supersede earlier ones, the values disagree, and the
 *     claims with the latest as-of date agree among themselves
 */
public record KeySummary(String kind, String key, List<ClaimFact> claims, boolean agree, int sourceCount,
    int speakerCount, boolean outletDisagrees, boolean speakerInconsistent, boolean speakersStand, boolean divided,
    boolean superseded) {
  public KeySummary {
    claims = List.copyOf(claims);
  }

  /**
   * The built-in verdict on the key, or null for none (claims without a source). A conflict needs two
   * sources: one outlet's different figures for one key are most often about different things (generic
   * keys are coarse), so they stay that outlet's single-source report. Decided here, in the consequence of
   * the rule that made the summary, rather than by five rules over an inserted summary: that was a second
   * rule firing, a fact insert and a delete per key (a third of firing at a million keys; bench/RESULTS.md).
   */
  public String builtinVerdict() {
    if (sourceCount == 1) {
      return "SINGLE_SOURCE";
    }
    if (sourceCount < 2) {
      return null;
    }
    if (agree && !speakerInconsistent) {
      return "CORROBORATED";
    }
    if (superseded) {
      return "SUPERSEDED";
    }
    return outletDisagrees || speakerInconsistent || !speakersStand ? "CONFLICTING" : "DISPUTED";
  }

  /** Whether a per-speaker verdict rule reads this summary: the key is divided and not merely superseded. */
  public boolean wantsSpeakerVerdicts() {
    return divided && !superseded;
  }

  /** The same summary without verdicts per speaker. */
  public KeySummary undivided() {
    return new KeySummary(kind, key, claims, agree, sourceCount, speakerCount, outletDisagrees, speakerInconsistent,
        speakersStand, false, superseded);
  }

  // Drools' property reactivity reads bean-style getters.
  public String getKind() { return kind; }
  public String getKey() { return key; }
  public boolean isAgree() { return agree; }
  public int getSourceCount() { return sourceCount; }
  public int getClaimCount() { return claims.size(); }
  public int getSpeakerCount() { return speakerCount; }
  public boolean isOutletDisagrees() { return outletDisagrees; }
  public boolean isSpeakerInconsistent() { return speakerInconsistent; }
  public boolean isSpeakersStand() { return speakersStand; }
  public boolean isDivided() { return divided; }
  public boolean isSuperseded() { return superseded; }
}
