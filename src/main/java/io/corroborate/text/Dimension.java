package io.corroborate.text;

/** What a quantity's unit measures; a typed capture such as {@code QUANTITY[area]} names one. */
public enum Dimension {
  COUNT, AREA, LENGTH, MONEY, PERCENT, DURATION, WEIGHT;

  /** The name rule files use: {@code QUANTITY[area]}. */
  public String ruleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
