package io.corroborate.extract;

import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.FindingExpr;
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
  static FindingAttributes of(List<FindingDecl> findings, boolean lines) {
    boolean any = false;
    Set<String> named = new HashSet<>();
    for (FindingDecl finding : findings) {
      boolean onLine = finding.scope() != null && finding.scope().text().equals("line");
      if (onLine == lines) {
        any = true;
        collect(finding.expr(), named);
      }
    }
    return new FindingAttributes(any, named);
  }

  private static void collect(FindingExpr e, Set<String> named) {
    if (e instanceof FindingExpr.Not not) {
      collect(not.inner(), named);
    } else if (e instanceof FindingExpr.And and) {
      collect(and.left(), named);
      collect(and.right(), named);
    } else if (e instanceof FindingExpr.Or or) {
      collect(or.left(), named);
      collect(or.right(), named);
    } else if (e instanceof FindingExpr.Flag flag) {
      named.add(flag.flag().text());
    } else if (e instanceof FindingExpr.AttributeCompare compare) {
      named.add(compare.attribute().text());
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
