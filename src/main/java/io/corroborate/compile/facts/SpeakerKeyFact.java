package io.corroborate.compile.facts;

import java.util.Objects;

/**
 * One per (claim key, named speaker) with asserted claims, inserted by the engine; the anchor for
 * per-speaker accumulation. Equal when they anchor the same group, so a set of them is the
 * distinct keys.
 */
public final class SpeakerKeyFact {
  private final String kind;
  private final String key;
  private final String speaker;
  /** The agreement rule pair that summarizes the key's kind, as on its claims. */
  private final int agreement;

  public SpeakerKeyFact(String kind, String key, String speaker, int agreement) {
    this.kind = kind;
    this.key = key;
    this.speaker = speaker;
    this.agreement = agreement;
  }

  public String getKind() { return kind; }
  public String getKey() { return key; }
  public String getSpeaker() { return speaker; }
  public int getAgreement() { return agreement; }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpeakerKeyFact o && kind.equals(o.kind) && key.equals(o.key) && speaker.equals(o.speaker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, key, speaker);
  }
}
