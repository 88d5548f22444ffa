package io.corroborate.compile.facts;

/** One per claim key, inserted by a generated rule; the anchor for per-key accumulation. */
public final class KeyFact {
  private final String kind;
  private final String key;

  public KeyFact(String kind, String key) {
    this.kind = kind;
    this.key = key;
  }

  public String getKind() { return kind; }
  public String getKey() { return key; }
}
