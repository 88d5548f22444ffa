package io.corroborate.compile.facts;

/**
 * A claim as a Drools fact: its kind (which rules match on first), key, provenance, value, and the
 * kind's slots, read in rules as {@code text("slot")} or {@code number("slot")}. Mutable only while it is
 * being built, before insertion; Drools needs the bean shape. Kept small (a million claims share one
 * session): slot values sit in one array in the kind's slot order, whose names all claims of the kind share.
 */
public final class ClaimFact {
  private int id;
  private String kind;
  private String key;
  private String speaker;
  private String source;
  private String document;
  private int sentence;
  private int start;
  private int end;
  private String text;
  private double low;
  private double high;
  private boolean lowOpen;
  private boolean highOpen;
  private double point;
  private String unit;
  /** The day the claim speaks of (explicit in the sentence, else the publication date), in epoch days. */
  private long asOf = UNKNOWN_DAY;
  /** False for negated and conditional claims: reported, but in no verdict. */
  private boolean asserted = true;
  /** The normalized value for equality policies: canonical text, or the number for numeric values. */
  private String canonical;

  /** Which agreement rule pair summarizes this claim's kind (its index among the generated ones). */
  private int agreement;
  private String[] slotNames = NO_SLOTS;
  /** Per slot name: a String for text slots, a Double for numeric ones, null when the claim leaves it empty. */
  private Object[] slotValues = NO_VALUES;

  private static final String[] NO_SLOTS = {};
  private static final Object[] NO_VALUES = {};

  public static final long UNKNOWN_DAY = Long.MIN_VALUE;

  public ClaimFact() {}

  public boolean isAsserted() { return asserted; }
  public void setAsserted(boolean asserted) { this.asserted = asserted; }
  public long getAsOf() { return asOf; }
  public void setAsOf(long asOf) { this.asOf = asOf; }

  /** A text slot's normalized value, or null when the claim leaves it empty. */
  public String text(String slot) {
    return slotValue(slot) instanceof String text ? text : null;
  }

  /** A numeric slot's value (the number the text names), or NaN when empty. */
  public double number(String slot) {
    return slotValue(slot) instanceof Double number ? number : Double.NaN;
  }

  /**
   * The slot values, parallel to {@code names}: a String, a Double or null each. The fact keeps both arrays;
   * {@code names} is meant to be shared by every claim of the kind.
   */
  public void setSlots(String[] names, Object[] values) {
    if (names.length != values.length) {
      throw new IllegalArgumentException(names.length + " slot names for " + values.length + " values");
    }
    this.slotNames = names;
    this.slotValues = values;
  }

  private Object slotValue(String slot) {
    for (int i = 0; i < slotNames.length; i++) {
      if (slotNames[i].equals(slot)) {
        return slotValues[i];
      }
    }
    return null;
  }

  public int getAgreement() { return agreement; }
  public void setAgreement(int agreement) { this.agreement = agreement; }

  public int getId() { return id; }
  public void setId(int id) { this.id = id; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getKey() { return key; }
  public void setKey(String key) { this.key = key; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getDocument() { return document; }
  public void setDocument(String document) { this.document = document; }
  public int getSentence() { return sentence; }
  public void setSentence(int sentence) { this.sentence = sentence; }
  public int getStart() { return start; }
  public void setStart(int start) { this.start = start; }
  public int getEnd() { return end; }
  public void setEnd(int end) { this.end = end; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public double getLow() { return low; }
  public void setLow(double low) { this.low = low; }
  public double getHigh() { return high; }
  public void setHigh(double high) { this.high = high; }
  public boolean isLowOpen() { return lowOpen; }
  public void setLowOpen(boolean lowOpen) { this.lowOpen = lowOpen; }
  public boolean isHighOpen() { return highOpen; }
  public void setHighOpen(boolean highOpen) { this.highOpen = highOpen; }
  public double getPoint() { return point; }
  public void setPoint(double point) { this.point = point; }
  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public String getCanonical() { return canonical; }
  public void setCanonical(String canonical) { this.canonical = canonical; }
}
