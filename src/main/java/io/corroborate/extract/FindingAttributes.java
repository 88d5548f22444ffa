package io.corroborate.extract;

import io.corroborate.compile.FindingCondition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sentence attributes the finding rules of one scope (sentences or lines) read. Only finding rules
 * read sentence facts, so an attribute no rule of the scope names need not be computed: topical overlap
 * and attribution are most of the cost of the facts (profiled in bench/RESULTS.md).
 */
final class FindingAttributes {
  private final boolean any;
  private final Set<String> named;

  private FindingAttributes(boolean any, Set<String> named) {
    this.any = any;
    this.named = Set.copyOf(named);
  }

  /** The attributes read by the findings declared {@code on line} ({@code lines}) or on sentences. */
  static FindingAttributes of(List<FindingCondition.Scoped> findings, boolean lines) {
    boolean any = false;
    Set<String> named = new HashSet<>();
    for (FindingCondition.Scoped finding : findings) {
      if (finding.onLine() == lines) {
        any = true;
        collect(finding.condition(), named);
      }
    }
    return new FindingAttributes(any, named);
  }

  private static void collect(FindingCondition c, Set<String> named) {
    if (c instanceof FindingCondition.Not not) {
      collect(not.inner(), named);
    } else if (c instanceof FindingCondition.And and) {
      collect(and.left(), named);
      collect(and.right(), named);
    } else if (c instanceof FindingCondition.Or or) {
      collect(or.left(), named);
      collect(or.right(), named);
    } else if (c instanceof FindingCondition.Flag flag) {
      named.add(flag.name());
    } else if (c instanceof FindingCondition.Compare compare) {
      named.add(compare.attribute());
    }
  }

  /** Whether any finding rule looks at units of this scope at all. */
  boolean any() {
    return any;
  }

  /** Whether repetition or topical overlap is read. */
  boolean topic() {
    return named.contains("overlap") || named.contains("repeated");
  }

  /** Whether an attribution attribute (attributed, hedged, quoted) is read. */
  boolean attribution() {
    return named.contains("attributed") || named.contains("hedged") || named.contains("quoted");
  }
}
