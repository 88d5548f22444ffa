package io.corroborate.compile.facts;

/**
 * A sentence or a line as a Drools fact, with the attributes findings test. Pattern tests
 * ({@code starts (...)}, {@code matches (...)}) are evaluated by the compiled matchers before insertion
 * and read here with {@link #hit(int)}, so rules stay plain boolean constraints.
 */
public final class SentenceFact {
  private final String document;
  private final boolean line;
  private final int index;
  private final int start;
  private final int end;
  private final boolean attributed;
  private final boolean terminal;
  private final boolean repeated;
  private final boolean quoted;
  private final boolean hedged;
  private final boolean first;
  private final boolean last;
  private final double words;
  private final double overlap;
  private final double position;
  private final double length;
  private final java.util.BitSet hits;

  /** The attributes of one sentence or line, as computed by the text layer. */
  public record Attributes(boolean attributed, boolean terminal, boolean repeated, boolean quoted,
      boolean hedged, boolean first, boolean last, int words, double overlap, int position, int length) {}

  public SentenceFact(String document, boolean line, int index, int start, int end, Attributes a,
      java.util.BitSet hits) {
    this.document = document;
    this.line = line;
    this.index = index;
    this.start = start;
    this.end = end;
    this.attributed = a.attributed();
    this.terminal = a.terminal();
    this.repeated = a.repeated();
    this.quoted = a.quoted();
    this.hedged = a.hedged();
    this.first = a.first();
    this.last = a.last();
    this.words = a.words();
    this.overlap = a.overlap();
    this.position = a.position();
    this.length = a.length();
    this.hits = (java.util.BitSet) hits.clone();
  }

  public String getDocument() { return document; }
  public boolean isLine() { return line; }
  public int getIndex() { return index; }
  public int getStart() { return start; }
  public int getEnd() { return end; }
  public boolean isAttributed() { return attributed; }
  public boolean isTerminal() { return terminal; }
  public boolean isRepeated() { return repeated; }
  public boolean isQuoted() { return quoted; }
  public boolean isHedged() { return hedged; }
  public boolean isFirst() { return first; }
  public boolean isLast() { return last; }
  public double getWords() { return words; }
  public double getOverlap() { return overlap; }
  public double getPosition() { return position; }
  public double getLength() { return length; }

  /** Whether finding pattern test number {@code test} matched this sentence. */
  public boolean hit(int test) {
    return hits.get(test);
  }
}
