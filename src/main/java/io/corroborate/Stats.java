package io.corroborate;

import java.util.Map;

/** Counts for the report's summary. */
public record Stats(int documents, int sentences, int claims, int verdicts, int findings, int problems,
    Map<String, Integer> verdictsByLabel) {
  public Stats {
    verdictsByLabel = Map.copyOf(verdictsByLabel);
  }
}
