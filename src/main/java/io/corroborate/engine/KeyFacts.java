package io.corroborate.engine;

import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.SpeakerKeyFact;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The anchors of per-key grouping: one key fact per distinct (kind, key) among the asserted claims, and
 * one speaker key fact per distinct (kind, key, named speaker), in the claims' order. Made in one pass
 * before the session fires, instead of a rule firing once per key to insert them; the rules still do the
 * grouping itself (accumulate), and a key whose claims were all suppressed collects nothing.
 */
final class KeyFacts {
  private KeyFacts() {}

  static Set<Object> of(Collection<ClaimFact> claims) {
    Set<Object> keys = new LinkedHashSet<>();
    Set<Object> speakers = new LinkedHashSet<>();
    for (ClaimFact c : claims) {
      if (c.isAsserted()) {
        keys.add(new KeyFact(c.getKind(), c.getKey(), c.getAgreement()));
        if (c.getSpeaker() != null) {
          speakers.add(new SpeakerKeyFact(c.getKind(), c.getKey(), c.getSpeaker(), c.getAgreement()));
        }
      }
    }
    keys.addAll(speakers);
    return keys;
  }
}
