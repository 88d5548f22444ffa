package io.corroborate.engine;

import io.corroborate.Value;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.lang.ast.Expectation;
import io.corroborate.text.Quantity;
import io.corroborate.text.Dimension;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What an example's expectation means. Numbers: {@code =} the number the text names, {@code >=} and
 * {@code >} test the low bound, {@code <=} and {@code <} the high bound ("at least 12" meets
 * {@code >= 12}), {@code ~} the interval contains it ("some 40" meets {@code ~ 40}). Text: equal
 * ignoring case, to the canonical form or the text as captured.
 */
final class Expectations {
  private Expectations() {}

  static boolean holds(ExtractedClaim claim, Expectation e) {
    String slot = e.slot().text();
    String expected = e.value().text();
    if (slot.equals("speaker")) {
      return claim.claim().speaker() != null && claim.claim().speaker().equalsIgnoreCase(expected);
    }
    if (slot.equals(claim.kind().valueSlot().name()) && claim.quantity() != null) {
      Quantity q = claim.quantity();
      if (q.dimension() == Dimension.DATE || q.dimension() == Dimension.TIME) {
        double n = q.dimension() == Dimension.DATE ? LocalDate.parse(expected).toEpochDay() : minutes(expected);
        return e.op().equals("~") || e.op().equals("=") || e.op().equals("==")
            ? q.low() <= n && n <= q.high() : numeric(q, e.op(), n);
      }
      return numeric(q, e.op(), Double.parseDouble(expected));
    }
    Object value = claim.slots().get(slot);
    if (value instanceof Double d) {
      return numeric(new Quantity(d, d, d, false, false, "", null, "exact"), e.op(), Double.parseDouble(expected));
    }
    return value != null && value.toString().toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
  }

  /** "07:22" → 442. */
  static double minutes(String clock) {
    String[] parts = clock.split(":");
    return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
  }

  private static boolean numeric(Quantity q, String op, double n) {
    return switch (op) {
      case ">=" -> q.low() >= n;
      case ">" -> q.low() > n || (q.low() == n && q.lowOpen());
      case "<=" -> q.high() <= n;
      case "<" -> q.high() < n || (q.high() == n && q.highOpen());
      case "~" -> q.low() <= n && n <= q.high();
      default -> q.point() == n;
    };
  }

  static String describe(ExtractedClaim claim, Expectation e) {
    String slot = e.slot().text();
    return "expected " + e.span().text() + ", found " + slot + " = " + actual(claim, slot);
  }

  static String summary(ExtractedClaim claim) {
    StringBuilder out = new StringBuilder();
    claim.slots().forEach((slot, value) -> out.append(out.length() == 0 ? "" : ", ").append(slot).append(" = ")
        .append(actual(claim, slot)));
    if (claim.claim().speaker() != null) {
      out.append(", speaker = ").append(claim.claim().speaker());
    }
    return out.toString();
  }

  private static String actual(ExtractedClaim claim, String slot) {
    if (slot.equals("speaker")) {
      return Objects.toString(claim.claim().speaker(), "(none)");
    }
    if (slot.equals(claim.kind().valueSlot().name()) && claim.quantity() != null) {
      return VerdictMessages.display(claim.claim().value()) + interval(claim.claim().value());
    }
    return Objects.toString(claim.slots().get(slot), "(none)");
  }

  private static String interval(Value v) {
    String low = v.low() == null ? "-inf" : io.corroborate.extract.Numbers.format(v.low());
    String high = v.high() == null ? "inf" : io.corroborate.extract.Numbers.format(v.high());
    return low.equals(high) ? "" : " [" + low + ", " + high + "]";
  }
}
