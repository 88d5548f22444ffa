package io.corroborate.compile.facts;

/** Inserted by a {@code suppress} finding: claims inside this character range are withdrawn. */
public final class SuppressMark {
  private final String document;
  private final int start;
  private final int end;

  public SuppressMark(String document, int start, int end) {
    this.document = document;
    this.start = start;
    this.end = end;
  }

  public String getDocument() { return document; }
  public int getStart() { return start; }
  public int getEnd() { return end; }
}
