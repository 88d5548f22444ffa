package io.corroborate;

/**
 * A document as the report lists it.
 *
 * @param source the outlet, or the document id when unknown (the document is then its own source)
 * @param sourceInferredFrom the line of the text the outlet was inferred from, or null when it was given
 *     (or unknown)
 * @param url where the document was published, or null
 */
public record DocumentSummary(String id, String source, SourceEvidence sourceInferredFrom, String published,
    String title, String url, int sentences, int claims, int findings) {

  /** A summary without url or inferred outlet, as callers built it before those existed. */
  public DocumentSummary(String id, String source, String published, String title, int sentences, int claims,
      int findings) {
    this(id, source, null, published, title, null, sentences, claims, findings);
  }

  /** The summary of one document with its counts. */
  public static DocumentSummary of(Document document, int sentences, int claims, int findings) {
    return new DocumentSummary(document.id(), document.effectiveSource(), document.sourceEvidence(),
        document.published(), document.title(), document.url(), sentences, claims, findings);
  }
}
