package io.corroborate.check;

/**
 * When two values of a claim kind agree.
 *
 * @param overlap true: numeric intervals overlap, or lie at most {@code tolerance} apart relative to
 *     the larger magnitude; false: values are equal after normalization
 * @param tolerance a fraction (0.05 for "within 5%")
 */
public record Agreement(boolean overlap, double tolerance) {
  public static final Agreement EQUALITY = new Agreement(false, 0);
}
