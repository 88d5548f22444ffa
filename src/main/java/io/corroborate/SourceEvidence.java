package io.corroborate;

/**
 * Why a document's outlet was inferred from its own text: the line that names it. Present only when the
 * input gave no outlet; an outlet from metadata has no evidence.
 *
 * @param kind which clue it was: {@code wire-dateline} ("PARIS (Reuters) -"), {@code sign-off}
 *     ("— The Associated Press" as a closing line), {@code copyright} ("© 2024 Example Times"),
 *     {@code staff-credit} ("Example Herald's reporters contributed to this report") or
 *     {@code wire-credit} ("AFP contributed to this report")
 * @param line 1-based line of the document text
 * @param start offset of the line's first character in the document text
 * @param end exclusive offset of the line's end
 * @param text the line as it stands in the text
 */
public record SourceEvidence(String kind, int line, int start, int end, String text) {
  public SourceEvidence {
    if (kind == null || text == null || line < 1 || start < 0 || end < start) {
      throw new IllegalArgumentException("source evidence needs a kind, a line and a span");
    }
  }

  /** "line 12: © 2024 Example Times", as reports show it. */
  public String describe() {
    return "line " + line + ": " + text;
  }
}
