package io.corroborate.compile;

import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.FindingExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes finding rules as one boolean constraint over a sentence fact. Pattern tests become numbered
 * hits the extractor evaluates before insertion; attributes are plain fact fields.
 */
final class FindingDrl {
  private final DrlWriter out;
  private final List<FindingTest> tests = new ArrayList<>();

  FindingDrl(DrlWriter out) {
    this.out = out;
  }

  List<FindingTest> tests() {
    return tests;
  }

  String write(FindingDecl finding, int index) {
    boolean onLine = FindingCondition.onLine(finding);
    String name = "finding " + RuleOrigin.of(finding.span()).location() + " " + finding.name().text();
    out.rule(name, Salience.FINDINGS).line("when")
        .line("    $s : SentenceFact( line == " + onLine + ", " + expression(finding.expr()) + " )")
        .line("then").line("    outcomes.finding( " + index + ", $s );");
    if (finding.suppress()) {
      out.line("    insert( new SuppressMark( $s.getDocument(), $s.getStart(), $s.getEnd() ) );");
    }
    out.line("end").blank();
    return name;
  }

  FindingRule table(FindingDecl finding) {
    boolean onLine = FindingCondition.onLine(finding);
    return new FindingRule(finding.name().text(), finding.severity() == null ? "low" : finding.severity().text(),
        finding.message() == null ? null : finding.message().text(), onLine, finding.suppress(),
        RuleOrigin.of(finding.span()));
  }

  private String expression(FindingExpr e) {
    if (e instanceof FindingExpr.Not not) {
      return "!( " + expression(not.inner()) + " )";
    }
    if (e instanceof FindingExpr.And and) {
      return "( " + expression(and.left()) + " && " + expression(and.right()) + " )";
    }
    if (e instanceof FindingExpr.Or or) {
      return "( " + expression(or.left()) + " || " + expression(or.right()) + " )";
    }
    if (e instanceof FindingExpr.Flag flag) {
      return DrlText.identifier(flag.flag().text()) + " == true";
    }
    if (e instanceof FindingExpr.AttributeCompare c) {
      return DrlText.identifier(c.attribute().text()) + " " + c.op() + " " + DrlText.number(c.value());
    }
    FindingExpr.PatternTest test = (FindingExpr.PatternTest) e;
    tests.add(new FindingTest(test.test(), test.pattern()));
    return "hit( " + (tests.size() - 1) + " ) == true";
  }
}
