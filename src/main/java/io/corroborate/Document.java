package io.corroborate;

/**
 * One input document.
 *
 * @param id stable identifier (for a .txt file: the file name without extension)
 * @param source the outlet that published it; documents from the same source never corroborate each
 *     other. Null when unknown: the document then counts as its own source.
 * @param published publication date as written in the input (ISO 8601 preferred), or null
 * @param title headline, or null
 * @param text the body text; all offsets in reports point into it
 */
public record Document(String id, String source, String published, String title, String text) {
  public Document {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a document needs an id");
    }
    if (text == null) {
      throw new IllegalArgumentException("document `" + id + "` has no text");
    }
  }

  public static Document of(String id, String text) {
    return new Document(id, null, null, null, text);
  }

  /** The source used for corroboration: the outlet, or the document itself when the outlet is unknown. */
  public String effectiveSource() {
    return source == null || source.isBlank() ? id : source;
  }
}
