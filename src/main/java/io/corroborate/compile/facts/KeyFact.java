package io.corroborate.compile.facts;

/**
 * One per claim key with asserted claims, inserted by the engine after grouping the claims; the anchor
 * for per-key accumulation. Equal when they anchor the same group, so a set of them is the
 * distinct keys.
 */
public final class KeyFact {
  private final String kind;
  private final String key;
  /** The agreement rule pair that summarizes the key's kind, as on its claims. */
  private final int agreement;

  public KeyFact(String kind, String key, int agreement) {
    this.kind = kind;
    this.key = key;
    this.agreement = agreement;
  }

  public String getKind() { return kind; }
  public String getKey() { return key; }
  public int getAgreement() { return agreement; }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyFact o && kind.equals(o.kind) && key.equals(o.key);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + key.hashCode(); // no varargs array per key: a million keys hash once each
  }
}
