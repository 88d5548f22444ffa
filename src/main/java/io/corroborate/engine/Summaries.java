package io.corroborate.engine;

import io.corroborate.check.Agreement;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.SpeakerKeyFact;
import io.corroborate.compile.facts.SpeakerSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Computes the per-key and per-speaker summaries the verdict rules decide on; linear in the claims. */
final class Summaries {
  private Summaries() {}

  /** {@code claims}: the key's claim facts as accumulate collected them, in no particular order. */
  static KeySummary key(KeyFact key, List<?> claims, Agreement policy, boolean supersedes) {
    if (claims.size() == 1) {
      return single(key, (ClaimFact) claims.get(0));
    }
    List<ClaimFact> sorted = sorted(claims);
    boolean agree = AgreementMath.allAgree(sorted, policy);
    Map<String, List<ClaimFact>> bySpeaker = new LinkedHashMap<>();
    List<ClaimFact> unattributed = new ArrayList<>();
    for (ClaimFact c : sorted) {
      if (c.getSpeaker() == null) {
        unattributed.add(c);
      } else {
        bySpeaker.computeIfAbsent(c.getSpeaker(), s -> new ArrayList<>()).add(c);
      }
    }
    boolean outletDisagrees = !agree && unattributed.stream()
        .anyMatch(c -> AgreementMath.disagreesWithAny(c, sorted, policy));
    boolean inconsistent = bySpeaker.values().stream().anyMatch(g -> !AgreementMath.nameOneFigure(g, policy));
    int speakers = bySpeaker.size();
    int sources = sourceCount(sorted);
    // one speaker alone in a key gets no verdict of its own: it would repeat the key's
    boolean divided = sources >= 2 && (speakers >= 2 || (!agree && speakers >= 1 && !unattributed.isEmpty()));
    // a lone speaker's "at least 40" on Saturday and "at least 43" on Monday overlap, yet are an update
    boolean superseded = supersedes && (!agree || inconsistent) && superseded(sorted, policy);
    boolean speakersStand = !agree && speakersStand(bySpeaker, policy);
    return new KeySummary(key.getKind(), key.getKey(), sorted, agree, sourceCount(sorted), speakers,
        outletDisagrees, inconsistent, speakersStand, divided, superseded);
  }

  /**
   * Whether the disagreement is the speakers' own: two speakers who disagree are named side by side in
   * one source, or one of them is reported with its figure by two or more sources. When every speaker is
   * named by a single outlet ("police said 8" here, "an official said 7" there), it is the outlets that
   * disagree, each crediting its figure to someone.
   */
  private static boolean speakersStand(Map<String, List<ClaimFact>> bySpeaker, Agreement policy) {
    List<SpeakerGroup> groups = bySpeaker.values().stream().map(SpeakerGroup::new).toList();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        SpeakerGroup a = groups.get(i);
        SpeakerGroup b = groups.get(j);
        boolean named = a.sources.size() >= 2 || b.sources.size() >= 2 || !java.util.Collections.disjoint(a.sources, b.sources);
        if (named && a.disagreesWith(b, policy)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One speaker's claims and sources, made once per key so that comparing speakers is linear per pair. */
  private static final class SpeakerGroup {
    final List<ClaimFact> claims;
    final java.util.Set<String> sources = new java.util.HashSet<>();

    SpeakerGroup(List<ClaimFact> claims) {
      this.claims = claims;
      claims.stream().map(ClaimFact::getSource).filter(Objects::nonNull).forEach(sources::add);
    }

    /** Some claim of one disagrees with some claim of the other (each speaker agrees with itself here). */
    boolean disagreesWith(SpeakerGroup other, Agreement policy) {
      List<ClaimFact> both = new ArrayList<>(claims.size() + other.claims.size());
      both.addAll(claims);
      both.addAll(other.claims);
      return !AgreementMath.allAgree(both, policy);
    }
  }

  /**
   * A key of one claim, without the groupings: one value agrees with itself, so nothing disagrees, and
   * fewer than two sources divide nothing. Most keys of a large evaluation have one claim, and the maps and
   * streams of the general path were a tenth of the time of a million of them (bench/RESULTS.md).
   */
  private static KeySummary single(KeyFact key, ClaimFact claim) {
    return new KeySummary(key.getKind(), key.getKey(), List.of(claim), true, claim.getSource() == null ? 0 : 1,
        claim.getSpeaker() == null ? 0 : 1, false, false, false, false, false);
  }

  /**
   * The values disagree only across time: every claim has an as-of day, some are older than the latest,
   * and the latest ones agree among themselves, each speaker's naming one figure.
   */
  static boolean superseded(List<ClaimFact> claims, Agreement policy) {
    long latest = ClaimFact.UNKNOWN_DAY;
    for (ClaimFact c : claims) {
      if (c.getAsOf() == ClaimFact.UNKNOWN_DAY) {
        return false;
      }
      latest = Math.max(latest, c.getAsOf());
    }
    long last = latest;
    List<ClaimFact> newest = claims.stream().filter(c -> c.getAsOf() == last).toList();
    if (newest.size() == claims.size() || !AgreementMath.allAgree(newest, policy)) {
      return false;
    }
    Map<String, List<ClaimFact>> newestBySpeaker = new LinkedHashMap<>();
    for (ClaimFact c : newest) {
      if (c.getSpeaker() != null) {
        newestBySpeaker.computeIfAbsent(c.getSpeaker(), s -> new ArrayList<>()).add(c);
      }
    }
    return newestBySpeaker.values().stream().allMatch(g -> AgreementMath.nameOneFigure(g, policy));
  }

  /** One speaker's claims of a key; {@code supersedes}: the kind is marked {@code supersede}. */
  static SpeakerSummary speaker(SpeakerKeyFact key, List<?> claims, Agreement policy, boolean supersedes) {
    List<ClaimFact> sorted = sorted(claims);
    boolean consistent = AgreementMath.nameOneFigure(sorted, policy);
    return new SpeakerSummary(key.getKind(), key.getKey(), key.getSpeaker(), sorted, consistent,
        sourceCount(sorted), supersedes && !consistent && superseded(sorted, policy));
  }

  private static int sourceCount(List<ClaimFact> claims) {
    return (int) claims.stream().map(ClaimFact::getSource).filter(Objects::nonNull).distinct().count();
  }

  /** Accumulate gives no order; verdicts must not depend on insertion order. */
  private static List<ClaimFact> sorted(List<?> claims) {
    List<ClaimFact> out = new ArrayList<>(claims.size());
    for (Object o : claims) {
      out.add((ClaimFact) o);
    }
    out.sort(Comparator.comparingInt(ClaimFact::getId));
    return out;
  }
}
