package io.corroborate.check;

/**
 * When two values of a claim kind agree.
 *
 * @param mode how values are compared
 * @param tolerance for {@link Mode#OVERLAP} a fraction of the larger magnitude (0.05 for "within 5%");
 *     for {@link Mode#WINDOW} an absolute distance in the value's own unit (days for dates, minutes for
 *     times); unused otherwise
 * @param distinctBeyond for {@link Mode#OVERLAP}: figures of one key whose larger exceeds the smaller by
 *     more than this fraction (1.0 for "distinct beyond 100%") are separate facts, not a conflict; 0 = never
 */
public record Agreement(Mode mode, double tolerance, double distinctBeyond) {
  public static final Agreement EQUALITY = new Agreement(Mode.EQUALS, 0);

  public Agreement(Mode mode, double tolerance) {
    this(mode, tolerance, 0);
  }

  /** The comparisons the language offers. */
  public enum Mode {
    /** equal after normalization. */
    EQUALS,
    /** intervals overlap, or are at most {@code tolerance} (relative) apart. */
    OVERLAP,
    /** intervals at most {@code tolerance} (absolute) apart. */
    WINDOW,
    /** one value's set of words contains the other's. */
    CONTAINS
  }

  public static Agreement overlap(double fraction) {
    return new Agreement(Mode.OVERLAP, fraction);
  }

  /** Whether far-apart figures of one key are separate facts ({@code distinct beyond N%}). */
  public boolean separates() {
    return mode == Mode.OVERLAP && distinctBeyond > 0;
  }

  /** Whether values are compared as numeric intervals. */
  public boolean intervals() {
    return mode == Mode.OVERLAP || mode == Mode.WINDOW;
  }

  /** How the policy reads in a rule file, for generated rule names. */
  public String describe() {
    return switch (mode) {
      case EQUALS -> "equals";
      case CONTAINS -> "contains";
      case OVERLAP -> "overlaps within " + (tolerance * 100) + "%"
          + (separates() ? " distinct beyond " + (distinctBeyond * 100) + "%" : "");
      case WINDOW -> "within " + tolerance;
    };
  }
}
