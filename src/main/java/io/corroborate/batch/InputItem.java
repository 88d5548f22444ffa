package io.corroborate.batch;

import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.StructuredClaim;

/** One thing read from the inputs, in input order: a document, a structured claim, or a problem. */
sealed interface InputItem {
  /** @param event the event group it belongs to ("" when the batch is not grouped) */
  record DocumentItem(Document document, String event) implements InputItem {}

  /** @param origin where the claim was read ("claims.jsonl:7"), for diagnostics */
  record ClaimItem(StructuredClaim claim, String event, String origin) implements InputItem {}

  record ProblemItem(Problem problem) implements InputItem {}
}
