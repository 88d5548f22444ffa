package io.corroborate.server;

import io.corroborate.Problem;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /v1/ruleset}: which rules are serving, and the last reload that was refused.
 *
 * @param version the version of Corroborate
 * @param kinds how many claim kinds the rules declare
 * @param rules how many {@code rule} declarations (custom verdicts)
 * @param findings how many {@code finding} declarations
 * @param lastFailedReload the most recent reload that was refused (it may predate {@code loadedAt}), or null
 */
record RulesetStatus(String version, String hash, List<String> files, Instant loadedAt, int kinds, int rules,
    int findings, List<String> claimKinds, List<Problem> warnings, ReloadAttempt lastFailedReload) {

  static RulesetStatus of(String version, LiveRules live) {
    LoadedRules current = live.current();
    return new RulesetStatus(version, current.hash(), current.files(), current.loadedAt(),
        current.ruleSet().claimKinds().size(), current.ruleSet().ruleCount(), current.ruleSet().findingCount(),
        current.ruleSet().claimKinds(), current.warnings(), live.lastFailure().orElse(null));
  }
}
