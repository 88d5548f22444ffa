package io.corroborate.compile.facts;

/** One per (claim key, named speaker); the anchor for per-speaker accumulation. */
public final class SpeakerKeyFact {
  private final String kind;
  private final String key;
  private final String speaker;

  public SpeakerKeyFact(String kind, String key, String speaker) {
    this.kind = kind;
    this.key = key;
    this.speaker = speaker;
  }

  public String getKind() { return kind; }
  public String getKey() { return key; }
  public String getSpeaker() { return speaker; }
}
