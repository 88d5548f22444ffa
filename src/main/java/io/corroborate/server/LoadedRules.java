package io.corroborate.server;

import io.corroborate.Problem;
import io.corroborate.RuleSet;
import java.time.Instant;
import java.util.List;

/**
 * A compiled rule set with what the service reports about it.
 *
 * @param hash the content hash of the files it was compiled from (see {@link RuleFiles})
 * @param files the rule and lexicon files, as people name them
 */
record LoadedRules(RuleSet ruleSet, String hash, List<String> files, Instant loadedAt) {
  LoadedRules {
    files = List.copyOf(files);
  }

  List<Problem> warnings() {
    return ruleSet.warnings();
  }
}
