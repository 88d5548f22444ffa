package io.corroborate.engine;

import io.corroborate.compile.facts.ClaimFact;
import java.util.List;

/** A verdict as a rule consequence reported it, before ids and attributions are attached. */
record VerdictDraft(String kind, String key, String label, String rule, String severity, String message,
    String speaker, List<ClaimFact> claims) {
  VerdictDraft {
    claims = List.copyOf(claims);
  }
}
