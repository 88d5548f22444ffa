package io.corroborate.text;

/**
 * What a quantity's unit measures; a typed capture such as {@code QUANTITY[area]} names one. DATE (days
 * since 1970-01-01) and TIME (minutes after midnight) are the values of DATE and TIME mentions.
 */
public enum Dimension {
  COUNT, AREA, LENGTH, MONEY, PERCENT, DURATION, WEIGHT, DATE, TIME;

  /** The name rule files use: {@code QUANTITY[area]}. */
  public String ruleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
