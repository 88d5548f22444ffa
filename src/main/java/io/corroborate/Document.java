package io.corroborate;

/**
 * One input document.
 *
 * @param id stable identifier (for a .txt file: the file name without extension)
 * @param source the outlet that published it; documents from the same source never corroborate each
 *     other. Null when unknown: the document then counts as its own source.
 * @param published publication date as written in the input (ISO 8601 preferred), or null
 * @param title headline, or null
 * @param text the body text; all offsets in reports point into it. The input reader hands it over with
 *     line ends normalized to {@code \n} and without a byte-order mark; text given directly is used as is.
 * @param url where the document was published, or null
 * @param sourceEvidence the line the outlet was inferred from when the input gave none, else null
 */
public record Document(String id, String source, String published, String title, String text, String url,
    SourceEvidence sourceEvidence) {
  public Document {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a document needs an id");
    }
    if (text == null) {
      throw new IllegalArgumentException("document `" + id + "` has no text");
    }
    if (sourceEvidence != null && (source == null || source.isBlank())) {
      throw new IllegalArgumentException("document `" + id + "` has evidence for an outlet but no outlet");
    }
  }

  /** A document without url or inferred outlet, as callers built it before those existed. */
  public Document(String id, String source, String published, String title, String text) {
    this(id, source, published, title, text, null, null);
  }

  public static Document of(String id, String text) {
    return new Document(id, null, null, null, text);
  }

  /** The source used for corroboration: the outlet, or the document itself when the outlet is unknown. */
  public String effectiveSource() {
    return source == null || source.isBlank() ? id : source;
  }

  /** Whether the outlet was read from the text rather than given. */
  public boolean sourceInferred() {
    return sourceEvidence != null;
  }

  /** This document with an outlet inferred from its text. */
  public Document withInferredSource(String outlet, SourceEvidence evidence) {
    return new Document(id, outlet, published, title, text, url, evidence);
  }
}
