package io.corroborate.check;

import io.corroborate.text.Dimension;
import java.util.Locale;

/**
 * A resolved slot or capture type.
 *
 * @param base the kind of value
 * @param dimension for QUANTITY[unit]: the required dimension, else null
 * @param lexicon for LEXICON: the lexicon's name, else null
 */
public record SlotType(Base base, Dimension dimension, String lexicon) {

  /** The value kinds the language knows. */
  public enum Base {
    QUANTITY, NUMBER, DATE, TIME, PERSON, ORG, PLACE, SPEAKER, TEXT,
    /** a noun phrase ("North Korean soldiers"), canonical as "north korean troops" (see NounPhrases). */
    NOUN,
    /** the words of a quotation, with its speaker. */
    QUOTE,
    LEXICON;

    public boolean numeric() {
      return this == QUANTITY || this == NUMBER;
    }

    /** Values are intervals (numbers with hedges, days, minutes of the day). */
    public boolean interval() {
      return numeric() || this == DATE || this == TIME;
    }

    /** A name-like entity whose text comes from a capitalized span. */
    public boolean entity() {
      return this == PERSON || this == ORG || this == PLACE || this == SPEAKER;
    }
  }

  public static SlotType of(Base base) {
    return new SlotType(base, null, null);
  }

  public static SlotType lexicon(String name) {
    return new SlotType(Base.LEXICON, null, name);
  }

  public boolean numeric() {
    return base.numeric();
  }

  public boolean interval() {
    return base.interval();
  }

  /** True when a capture of type {@code capture} may fill a slot of this type. */
  public boolean accepts(SlotType capture) {
    if (base == Base.TEXT) {
      return true;
    }
    if (base.numeric()) {
      return capture.base.numeric() && (dimension == null || dimension == capture.dimension);
    }
    if (base == Base.DATE || base == Base.TIME) {
      return capture.base == base;
    }
    if (base == Base.LEXICON) {
      return capture.base == Base.LEXICON && lexicon.equals(capture.lexicon);
    }
    return capture.base == base || (base.entity() && capture.base == Base.LEXICON);
  }

  /** As a rule author writes it. */
  public String display() {
    return switch (base) {
      case LEXICON -> lexicon;
      case QUANTITY -> dimension == null ? "QUANTITY" : "QUANTITY[" + dimension.ruleName() + "]";
      default -> base.name();
    };
  }

  static Base builtin(String name) {
    try {
      Base base = Base.valueOf(name);
      return base == Base.LEXICON ? null : base;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Dimension dimension(String unit) {
    try {
      return Dimension.valueOf(unit.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
