package io.corroborate.engine;

import io.corroborate.compile.facts.ClaimFact;
import java.util.List;

/**
 * A verdict as a rule consequence reported it, before ids and attributions are attached. It keeps its
 * claims' ids, not their facts: a claim fact then dies with its key's batch ({@link KeyBatches}) instead of
 * living to the end of a million-claim evaluation. The array is never changed after construction.
 */
record VerdictDraft(String kind, String key, String label, String rule, String severity, String message,
    String speaker, int[] claimIds) {
  VerdictDraft(String kind, String key, String label, String rule, String severity, String message,
      String speaker, List<ClaimFact> claims) {
    this(kind, key, label, rule, severity, message, speaker, ids(claims));
  }

  private static int[] ids(List<ClaimFact> claims) {
    int[] ids = new int[claims.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = claims.get(i).getId();
    }
    return ids;
  }
}
