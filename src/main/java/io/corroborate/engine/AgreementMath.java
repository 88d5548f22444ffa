package io.corroborate.engine;

import io.corroborate.check.Agreement;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.text.UnitConversion;
import java.util.List;
import java.util.Objects;

/**
 * When two claim values agree, and whether a whole group does. For intervals the group test is
 * linear: intervals agree pairwise exactly when the highest low bound and the lowest high bound do
 * (Helly's theorem in one dimension), so no pairwise loop over a key's claims is needed.
 */
final class AgreementMath {
  private AgreementMath() {}

  static boolean agree(ClaimFact a, ClaimFact b, Agreement policy) {
    if (policy.mode() == Agreement.Mode.CONTAINS) {
      return WordSets.nested(a.getCanonical(), b.getCanonical());
    }
    if (!policy.intervals()) {
      return Objects.equals(a.getCanonical(), b.getCanonical());
    }
    double factor = UnitConversion.factor(b.getUnit(), a.getUnit());
    if (Double.isNaN(factor)) {
      return false;
    }
    double bLow = b.getLow() * factor;
    double bHigh = b.getHigh() * factor;
    double gapLow = Math.max(a.getLow(), bLow);
    double gapHigh = Math.min(a.getHigh(), bHigh);
    double gap = gapLow - gapHigh;
    if (gap < 0) {
      return true;
    }
    boolean touchingOpen = gap == 0 && (openAt(a, b, bLow, bHigh));
    double magnitude = Math.max(Math.abs(gapLow), Math.abs(gapHigh));
    double allowed = policy.mode() == Agreement.Mode.WINDOW ? policy.tolerance()
        : policy.tolerance() * (Double.isFinite(magnitude) ? magnitude : 0);
    return touchingOpen ? allowed > 0 : gap <= allowed;
  }

  /** Whether the bounds that touch exclude the touching point ("more than 10,000" vs "10,000"). */
  private static boolean openAt(ClaimFact a, ClaimFact b, double bLow, double bHigh) {
    return (a.getLow() >= bLow && a.isLowOpen()) || (bLow >= a.getLow() && b.isLowOpen())
        || (a.getHigh() <= bHigh && a.isHighOpen()) || (bHigh <= a.getHigh() && b.isHighOpen());
  }

  /** Whether all claims of a group agree with each other. */
  static boolean allAgree(List<ClaimFact> claims, Agreement policy) {
    if (claims.size() < 2) {
      return true;
    }
    if (policy.mode() == Agreement.Mode.CONTAINS) {
      return WordSets.chain(claims.stream().map(ClaimFact::getCanonical).toList());
    }
    if (!policy.intervals()) {
      return claims.stream().map(ClaimFact::getCanonical).distinct().count() == 1;
    }
    Extremes e = Extremes.of(claims);
    if (!e.units()) {
      // mixed units are rare; compare every pair after conversion
      return claims.stream().allMatch(a -> claims.stream().allMatch(b -> agree(a, b, policy)));
    }
    return agree(e.highestLow(), e.lowestHigh(), policy);
  }

  /**
   * Whether a speaker's reported values name one figure. Hedges widen what an outlet asserts, but a speaker
   * reported once as "at least 127" and once as "at least 130" said two different things, though the
   * intervals overlap; "352" and "at least 352" name the same figure. Figures are compared under the kind's
   * tolerance; policies without intervals compare as {@link #allAgree} does.
   */
  static boolean nameOneFigure(List<ClaimFact> claims, Agreement policy) {
    if (claims.size() < 2 || !policy.intervals() || policy.mode() == Agreement.Mode.CONTAINS) {
      return allAgree(claims, policy);
    }
    ClaimFact first = claims.get(0);
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (ClaimFact c : claims) {
      double point = c.getPoint() * UnitConversion.factor(c.getUnit(), first.getUnit());
      if (Double.isNaN(point)) {
        return allAgree(claims, policy);
      }
      lowest = Math.min(lowest, point);
      highest = Math.max(highest, point);
    }
    double allowed = policy.mode() == Agreement.Mode.WINDOW ? policy.tolerance()
        : policy.tolerance() * Math.max(Math.abs(lowest), Math.abs(highest));
    return highest - lowest <= allowed && allAgree(claims, policy);
  }

  /** Whether {@code claim} disagrees with any claim of the group. */
  static boolean disagreesWithAny(ClaimFact claim, List<ClaimFact> group, Agreement policy) {
    if (policy.mode() == Agreement.Mode.CONTAINS) {
      return group.stream().anyMatch(o -> !WordSets.nested(o.getCanonical(), claim.getCanonical()));
    }
    if (!policy.intervals()) {
      return group.stream().anyMatch(o -> !Objects.equals(o.getCanonical(), claim.getCanonical()));
    }
    Extremes e = Extremes.of(group);
    if (!e.units()) {
      return group.stream().anyMatch(o -> !agree(claim, o, policy));
    }
    return !agree(claim, e.highestLow(), policy) || !agree(claim, e.lowestHigh(), policy);
  }

  /** The claims with the highest low bound and the lowest high bound; {@code units}: one unit only. */
  private record Extremes(ClaimFact highestLow, ClaimFact lowestHigh, boolean units) {
    static Extremes of(List<ClaimFact> claims) {
      ClaimFact hl = claims.get(0);
      ClaimFact lh = claims.get(0);
      boolean sameUnit = true;
      for (ClaimFact c : claims) {
        sameUnit &= Objects.equals(c.getUnit(), hl.getUnit());
        if (c.getLow() > hl.getLow()) {
          hl = c;
        }
        if (c.getHigh() < lh.getHigh()) {
          lh = c;
        }
      }
      return new Extremes(hl, lh, sameUnit);
    }
  }
}
