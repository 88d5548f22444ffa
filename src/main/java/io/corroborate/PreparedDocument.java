package io.corroborate;

import io.corroborate.engine.DocumentExtraction;

/**
 * A document analyzed and its claims extracted, ready to join an {@link Evaluation}. Preparing is the
 * costly part of an evaluation and needs no shared state: prepare on as many threads as you like,
 * then add to the evaluation from one thread, in the order you want reported.
 */
public final class PreparedDocument {
  private final DocumentExtraction extraction;

  PreparedDocument(DocumentExtraction extraction) {
    this.extraction = extraction;
  }

  DocumentExtraction extraction() {
    return extraction;
  }

  public String documentId() {
    return extraction.document().id();
  }

  /** Claims extracted before any rule fired (a {@code suppress} finding may still withdraw some). */
  public int claimCount() {
    return extraction.claims().size();
  }
}
