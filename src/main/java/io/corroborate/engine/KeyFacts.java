package io.corroborate.engine;

import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.SpeakerKeyFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;

/**
 * The anchors of per-key grouping: one key fact per distinct (kind, key) among the asserted claims, and
 * one speaker key fact per distinct (kind, key, named speaker), in the claims' order. Made in one pass
 * before the session fires, instead of a rule firing once per key to insert them; the rules still do the
 * grouping itself (accumulate), and a key whose claims were all suppressed collects nothing.
 */
final class KeyFacts {
  /**
   * Key facts per firing. Each key's accumulate state (a tuple per claim, a result, a match) lives until its
   * summary is made, and the key fact leaves; firing per batch bounds that to one batch instead of every key
   * of a million-claim evaluation at once. The result is the same: the claims are all in the session
   * before the first batch, and a key's summary depends on its own claims only.
   */
  static final int BATCH = 20_000;

  private KeyFacts() {}

  /** The distinct key facts, each speaker key fact soon after its key's, in the claims' order. */
  static List<Object> of(Collection<ClaimFact> claims) {
    Set<Object> keys = new LinkedHashSet<>();
    for (ClaimFact c : claims) {
      if (c.isAsserted()) {
        keys.add(new KeyFact(c.getKind(), c.getKey(), c.getAgreement()));
        if (c.getSpeaker() != null) {
          keys.add(new SpeakerKeyFact(c.getKind(), c.getKey(), c.getSpeaker(), c.getAgreement()));
        }
      }
    }
    return new ArrayList<>(keys);
  }

  /** Inserts the key facts {@link #BATCH} at a time, firing the rules after each batch (at least once). */
  static void fireInBatches(KieSession session, List<Object> keys) {
    int from = 0;
    do {
      int to = Math.min(keys.size(), from + BATCH);
      keys.subList(from, to).forEach(session::insert);
      session.fireAllRules();
      from = to;
    } while (from < keys.size());
  }
}
