package io.corroborate.engine;

import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.SpeakerKeyFact;
import io.corroborate.compile.facts.SpeakerSummary;
import io.corroborate.extract.ExtractedClaim;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Claims to verdicts a few thousand keys at a time, for rule sets without custom rules: then every rule
 * that reads a claim reads only claims of one (kind, key), so a batch of whole keys fires exactly as if
 * every claim were in the session at once. Each batch's claims, key facts and summaries leave the session
 * after it fires: a million claims would otherwise all live to the end, and the young collections that
 * copy them again and again were a third of the time (bench/RESULTS.md, "Claims to verdicts").
 */
final class KeyBatches {
  /**
   * Claims per firing (a batch ends with a whole key): large enough that a firing's fixed cost is
   * shared, small enough that a batch's facts and tuples die young. 1M claims at 1 per key, CPU: 1,000 to
   * 10,000 within the noise of a loaded machine (14-16 s), 40,000 slower (28 s); bench/RESULTS.md.
   */
  static final int BATCH = 2_500;

  private KeyBatches() {}

  /** A claim's (kind, key): the unit a batch never splits. */
  private record Key(String kind, String key) {}

  /** Fires every claim, batch by batch, and returns the ids of the claims no finding suppressed. */
  static BitSet fire(KieSession session, ClaimFacts facts, Collection<ExtractedClaim> claims) {
    BitSet kept = new BitSet();
    ExtractedClaim[] ordered = byKey(claims);
    List<ClaimFact> batch = new ArrayList<>(BATCH + 16);
    List<FactHandle> handles = new ArrayList<>(BATCH + 16);
    for (int i = 0; i < ordered.length; i++) {
      ClaimFact fact = facts.of(ordered[i]);
      batch.add(fact);
      handles.add(session.insert(fact));
      boolean keyEnds = i + 1 == ordered.length || !sameKey(ordered[i], ordered[i + 1]);
      if (keyEnds && batch.size() >= BATCH || i + 1 == ordered.length) {
        fireBatch(session, batch, handles, kept);
      }
    }
    if (ordered.length == 0) {
      session.fireAllRules();
    }
    return kept;
  }

  private static void fireBatch(KieSession session, List<ClaimFact> batch, List<FactHandle> handles,
      BitSet kept) {
    KeyFacts.of(batch).forEach(session::insert);
    session.fireAllRules();
    for (FactHandle h : handles) {
      Object claim = session.getObject(h);
      if (claim != null) { // not suppressed
        kept.set(((ClaimFact) claim).getId());
        session.delete(h);
      }
    }
    // summaries have given their verdicts; key facts left here belong to keys whose claims were suppressed
    session.getFactHandles(o -> o instanceof KeySummary || o instanceof SpeakerSummary || o instanceof KeyFact
        || o instanceof SpeakerKeyFact).stream().toList().forEach(session::delete);
    batch.clear();
    handles.clear();
  }

  private static boolean sameKey(ExtractedClaim a, ExtractedClaim b) {
    return a.claim().kind().equals(b.claim().kind()) && a.claim().key().equals(b.claim().key());
  }

  /** The claims grouped by (kind, key), keys in order of first appearance, claims in their order within a key. */
  private static ExtractedClaim[] byKey(Collection<ExtractedClaim> claims) {
    // sized up front, counts unboxed: at a million keys of one claim, rehashing and boxing showed in profiles
    Map<Key, Integer> groups = new HashMap<>(claims.size() * 4 / 3 + 16);
    int[] group = new int[claims.size()];
    int[] sizes = new int[claims.size()];
    int i = 0;
    for (ExtractedClaim c : claims) {
      int g = groups.computeIfAbsent(new Key(c.claim().kind(), c.claim().key()), k -> groups.size());
      sizes[g]++;
      group[i++] = g;
    }
    int[] next = new int[groups.size()];
    for (int g = 1; g < next.length; g++) {
      next[g] = next[g - 1] + sizes[g - 1];
    }
    ExtractedClaim[] ordered = new ExtractedClaim[claims.size()];
    i = 0;
    for (ExtractedClaim c : claims) {
      ordered[next[group[i++]]++] = c;
    }
    return ordered;
  }
}
