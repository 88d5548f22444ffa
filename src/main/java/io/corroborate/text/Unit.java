package io.corroborate.text;

/**
 * A canonical unit: the symbol stored in {@link Quantity#unit()} and the dimension it measures.
 * Units are kept as written (miles stay "mi"); {@link UnitConversion} converts between them.
 */
record Unit(String symbol, Dimension dimension) {
  static final Unit USD = new Unit("USD", Dimension.MONEY);
  static final Unit EUR = new Unit("EUR", Dimension.MONEY);
  static final Unit GBP = new Unit("GBP", Dimension.MONEY);
  static final Unit PERCENT = new Unit("%", Dimension.PERCENT);
  static final Unit POINTS = new Unit("pp", Dimension.PERCENT);
  static final Unit MI2 = new Unit("mi2", Dimension.AREA);
  static final Unit KM2 = new Unit("km2", Dimension.AREA);
  static final Unit M2 = new Unit("m2", Dimension.AREA);
  static final Unit FT2 = new Unit("ft2", Dimension.AREA);
  static final Unit ACRE = new Unit("acre", Dimension.AREA);
  static final Unit HA = new Unit("ha", Dimension.AREA);
  static final Unit MI = new Unit("mi", Dimension.LENGTH);
  static final Unit NMI = new Unit("nmi", Dimension.LENGTH);
  static final Unit KM = new Unit("km", Dimension.LENGTH);
  static final Unit M = new Unit("m", Dimension.LENGTH);
  static final Unit FT = new Unit("ft", Dimension.LENGTH);
  static final Unit IN = new Unit("in", Dimension.LENGTH);
  static final Unit TONNE = new Unit("t", Dimension.WEIGHT);
  static final Unit TON = new Unit("ton", Dimension.WEIGHT);
  static final Unit KG = new Unit("kg", Dimension.WEIGHT);
  static final Unit LB = new Unit("lb", Dimension.WEIGHT);
  static final Unit G = new Unit("g", Dimension.WEIGHT);
  static final Unit OZ = new Unit("oz", Dimension.WEIGHT);
  static final Unit CM = new Unit("cm", Dimension.LENGTH);
  static final Unit MM = new Unit("mm", Dimension.LENGTH);
  static final Unit YD = new Unit("yd", Dimension.LENGTH);
  static final Unit JPY = new Unit("JPY", Dimension.MONEY);
  static final Unit CNY = new Unit("CNY", Dimension.MONEY);
  static final Unit INR = new Unit("INR", Dimension.MONEY);
  static final Unit RUB = new Unit("RUB", Dimension.MONEY);
  static final Unit UAH = new Unit("UAH", Dimension.MONEY);
  static final Unit CHF = new Unit("CHF", Dimension.MONEY);
  static final Unit AUD = new Unit("AUD", Dimension.MONEY);
  static final Unit CAD = new Unit("CAD", Dimension.MONEY);
  static final Unit HKD = new Unit("HKD", Dimension.MONEY);
  /** Ordinal numbers ("21st", "third"): never compared with counts. */
  static final Unit ORDINAL = new Unit("ordinal", Dimension.COUNT);
  /** Multipliers ("tenfold", "10-fold"): never compared with counts. */
  static final Unit TIMES = new Unit("times", Dimension.COUNT);

  static Unit duration(String symbol) {
    return new Unit(symbol, Dimension.DURATION);
  }
}
