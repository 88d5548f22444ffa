package io.corroborate;

import java.util.Map;

/** Counts for the report's summary. */
public record Stats(int documents, int sentences, int claims, int verdicts, int findings, int problems,
    Map<String, Integer> verdictsByLabel) {
  public Stats {
    // sorted, so text reports list labels in the same order every run
    verdictsByLabel = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(verdictsByLabel));
  }
}
