package io.corroborate.compile.facts;

import java.util.List;

/**
 * What one named speaker's claims of one key say, for the per-speaker verdicts a divided key gets.
 *
 * @param consistent the speaker's values all agree
 * @param sourceCount distinct sources that report the speaker
 * @param superseded the values differ only across time: the speaker spoke on different days and the latest
 *     statements agree (kinds marked {@code supersede} only)
 */
public record SpeakerSummary(String kind, String key, String speaker, List<ClaimFact> claims,
    boolean consistent, int sourceCount, boolean superseded) {
  public SpeakerSummary {
    claims = List.copyOf(claims);
  }

  public String getKind() { return kind; }
  public String getKey() { return key; }
  public String getSpeaker() { return speaker; }
  public boolean isConsistent() { return consistent; }
  public int getSourceCount() { return sourceCount; }
  public boolean isSuperseded() { return superseded; }
}
