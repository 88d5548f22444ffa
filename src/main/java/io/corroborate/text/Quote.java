package io.corroborate.text;

/**
 * A quotation in a document: {@code [start, end)} includes the opening and closing marks,
 * {@code [contentStart, contentEnd)} is the quoted text between them. A quote that runs over several
 * paragraphs (news style: no closing mark at a paragraph's end, an opening mark at the next one's
 * start) is one quote from the first opening mark to the last closing mark.
 *
 * @param start offset of the opening mark
 * @param end offset just after the closing mark
 * @param contentStart offset just after the opening mark
 * @param contentEnd offset of the closing mark
 * @param speaker who is quoted, or null when the text does not say
 */
public record Quote(int start, int end, int contentStart, int contentEnd, Speaker speaker) {

  /** True when {@code offset} lies inside the quote, marks included. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The same span with another speaker. */
  public Quote withSpeaker(Speaker newSpeaker) {
    return new Quote(start, end, contentStart, contentEnd, newSpeaker);
  }
}
