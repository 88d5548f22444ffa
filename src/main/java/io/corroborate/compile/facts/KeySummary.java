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
 * @param speakerInconsistent some speaker is reported with values that disagree
 * @param divided speakers differ within the key (two or more, or one against the rest): each named
 *     speaker's value then gets a verdict of its own
 * @param superseded the kind says later reports supersede earlier ones, the values disagree, and the
 *     claims with the latest as-of date agree among themselves
 */
public record KeySummary(String kind, String key, List<ClaimFact> claims, boolean agree, int sourceCount,
    int speakerCount, boolean outletDisagrees, boolean speakerInconsistent, boolean divided, boolean superseded) {
  public KeySummary {
    claims = List.copyOf(claims);
  }

  /** The same summary without verdicts per speaker. */
  public KeySummary undivided() {
    return new KeySummary(kind, key, claims, agree, sourceCount, speakerCount, outletDisagrees, speakerInconsistent,
        false, superseded);
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
  public boolean isDivided() { return divided; }
  public boolean isSuperseded() { return superseded; }
}
