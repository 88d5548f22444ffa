package io.corroborate.compile;

import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.FindingExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding's condition as a plain tree, for evaluating it in Java (the extractor rules out sentences no
 * finding can hold for before making their facts). Pattern tests are numbered as {@link FindingDrl} numbers
 * them: depth first, left first, over the findings in order, the index into the rule set's finding tests.
 */
public sealed interface FindingCondition {
  record Not(FindingCondition inner) implements FindingCondition {}

  record And(FindingCondition left, FindingCondition right) implements FindingCondition {}

  record Or(FindingCondition left, FindingCondition right) implements FindingCondition {}

  /** Pattern test number {@code index} matched the unit. */
  record Test(int index) implements FindingCondition {}

  /** A yes/no attribute: attributed, terminal, repeated, quoted, hedged, first, last. */
  record Flag(String name) implements FindingCondition {}

  /** A numeric attribute (words, overlap, position, length) compared with {@code ==, !=, <, >, <=, >=}. */
  record Compare(String attribute, String op, double value) implements FindingCondition {}

  /** One finding's condition and whether the finding is on lines (else on sentences). */
  record Scoped(boolean onLine, FindingCondition condition) {}

  /** The conditions of {@code findings}, in order. */
  static List<Scoped> of(List<FindingDecl> findings) {
    List<Scoped> out = new ArrayList<>();
    int[] tests = {0};
    for (FindingDecl finding : findings) {
      out.add(new Scoped(onLine(finding), of(finding.expr(), tests)));
    }
    return out;
  }

  /** True when the finding tests lines, not sentences; the DRL and the extractor's pre-check must agree. */
  static boolean onLine(FindingDecl finding) {
    return finding.scope() != null && finding.scope().text().equals("line");
  }

  private static FindingCondition of(FindingExpr e, int[] tests) {
    if (e instanceof FindingExpr.Not not) {
      return new Not(of(not.inner(), tests));
    }
    if (e instanceof FindingExpr.And and) {
      FindingCondition left = of(and.left(), tests);
      return new And(left, of(and.right(), tests));
    }
    if (e instanceof FindingExpr.Or or) {
      FindingCondition left = of(or.left(), tests);
      return new Or(left, of(or.right(), tests));
    }
    if (e instanceof FindingExpr.PatternTest) {
      return new Test(tests[0]++);
    }
    if (e instanceof FindingExpr.Flag flag) {
      return new Flag(flag.flag().text());
    }
    FindingExpr.AttributeCompare c = (FindingExpr.AttributeCompare) e;
    return new Compare(c.attribute().text(), c.op(), c.value());
  }
}
