package io.corroborate;

import java.util.List;

/**
 * The result of one evaluation. Everything is in a deterministic order, so reports diff cleanly.
 *
 * @param schemaVersion the report format's version; fields are added, never renamed
 */
public record Report(int schemaVersion, List<DocumentSummary> documents, List<Claim> claims,
    List<Verdict> verdicts, List<Finding> findings, List<Problem> diagnostics, Stats stats) {
  public static final int SCHEMA_VERSION = 1;

  public Report {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    verdicts = List.copyOf(verdicts);
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
  }
}
