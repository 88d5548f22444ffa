package io.corroborate.compile;

import io.corroborate.check.ClaimKind;
import io.corroborate.check.ClaimFields;
import io.corroborate.check.Severities;
import io.corroborate.lang.ast.Condition;
import io.corroborate.lang.ast.Operand;
import io.corroborate.lang.ast.RuleDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one custom rule. Each binding becomes a pattern on the kind's fact type; a comparison goes
 * into the pattern of the last variable it reads, so Drools can index joins such as {@code same key}.
 */
final class CustomRuleDrl {
  private final DrlWriter out;
  private final Map<String, ClaimKind> kinds;
  private final java.util.function.Function<io.corroborate.lang.ast.Name, String> resolve;

  CustomRuleDrl(DrlWriter out, Map<String, ClaimKind> kinds,
      java.util.function.Function<io.corroborate.lang.ast.Name, String> resolve) {
    this.out = out;
    this.kinds = kinds;
    this.resolve = resolve;
  }

  /** Writes the rule and returns its generated name. */
  String write(RuleDecl rule, int index) {
    Map<String, ClaimKind> bound = bindings(rule);
    List<String> variables = new ArrayList<>(bound.keySet());
    Map<String, List<String>> constraints = new LinkedHashMap<>();
    variables.forEach(v -> constraints.put(v, new ArrayList<>()));
    List<String> counts = new ArrayList<>();
    for (Condition condition : rule.conditions()) {
      if (condition instanceof Condition.Count count) {
        counts.add(count(count));
      } else if (condition instanceof Condition.SameKey) {
        variables.stream().skip(1).forEach(v -> constraints.get(v).add("key == $" + variables.get(0) + ".key"));
      } else if (condition instanceof Condition.AgreeTest test) {
        String owner = variables.get(Math.max(variables.indexOf(test.left().text()),
            variables.indexOf(test.right().text())));
        String other = owner.equals(test.left().text()) ? test.right().text() : test.left().text();
        // inside the later pattern, so Drools tests it while joining instead of in a separate eval
        constraints.get(owner).add("outcomes.agree( $" + DrlText.identifier(other) + ", this ) == "
            + !test.negated());
      } else if (condition instanceof Condition.Compare compare) {
        String owner = lastVariable(compare, variables);
        constraints.get(owner).add(comparison(compare, owner, bound));
      }
    }
    String name = "rule " + RuleOrigin.of(rule.span()).location() + " " + rule.name().text();
    out.rule(name, Salience.VERDICTS).line("when");
    for (String v : variables) {
      List<String> all = new ArrayList<>();
      all.add("kind == " + DrlText.quote(bound.get(v).name()));
      all.add("asserted == true");
      all.addAll(constraints.get(v));
      out.line("    $" + DrlText.identifier(v) + " : ClaimFact( " + String.join(", ", all) + " )");
    }
    counts.forEach(c -> out.line("    " + c));
    String args = String.join(", ", variables.stream().map(v -> "$" + v).toList());
    out.line("then").line("    outcomes.customVerdict( " + index + ", java.util.Arrays.asList( " + args + " ) );")
        .line("end").blank();
    return name;
  }

  CustomRule table(RuleDecl rule) {
    String severity = rule.severity() == null ? "medium" : rule.severity().text();
    assert Severities.ALL.contains(severity);
    return new CustomRule(rule.name().text(), rule.label().text(), severity,
        rule.message() == null ? null : rule.message().text(), new ArrayList<>(bindings(rule).keySet()),
        RuleOrigin.of(rule.span()));
  }

  private Map<String, ClaimKind> bindings(RuleDecl rule) {
    Map<String, ClaimKind> bound = new LinkedHashMap<>();
    for (Condition c : rule.conditions()) {
      if (c instanceof Condition.Binding b) {
        bound.put(b.variable().text(), kinds.get(resolve.apply(b.kind())));
      }
    }
    return bound;
  }

  /** {@code sources(a) >= 3}: the summary of a's key, which the agreement rules made earlier. */
  private static String count(Condition.Count count) {
    String field = switch (count.function().text()) {
      case "sources" -> "sourceCount";
      case "speakers" -> "speakerCount";
      default -> "claimCount";
    };
    String v = "$" + DrlText.identifier(count.variable().text());
    return "KeySummary( kind == " + v + ".kind, key == " + v + ".key, " + field + " " + count.op() + " "
        + DrlText.number(count.value()) + " )";
  }

  private static String lastVariable(Condition.Compare compare, List<String> variables) {
    int last = 0;
    for (Operand operand : List.of(compare.left(), compare.right())) {
      if (operand instanceof Operand.Field f) {
        last = Math.max(last, variables.indexOf(f.variable().text()));
      }
    }
    return variables.get(last);
  }

  private String comparison(Condition.Compare compare, String owner, Map<String, ClaimKind> bound) {
    String left = operand(compare.left(), owner, bound);
    String right = operand(compare.right(), owner, bound);
    String expression = left + " " + compare.op() + " " + right;
    // An unattributed claim has no speaker: "same speaker" must not hold between two of them.
    if (compare.op().equals("==") && (isSpeaker(compare.left(), owner) || isSpeaker(compare.right(), owner))) {
      return "speaker != null, " + expression;
    }
    return expression;
  }

  private static boolean isSpeaker(Operand operand, String owner) {
    return operand instanceof Operand.Field f && f.field().text().equals("speaker")
        && f.variable().text().equals(owner);
  }

  private String operand(Operand operand, String owner, Map<String, ClaimKind> bound) {
    if (operand instanceof Operand.Text text) {
      return DrlText.quote(text.value());
    }
    if (operand instanceof Operand.Number number) {
      return DrlText.number(number.value());
    }
    Operand.Field field = (Operand.Field) operand;
    String name = field.field().text();
    ClaimKind kind = bound.get(field.variable().text());
    String member = ClaimFields.PROVENANCE.containsKey(name) ? DrlText.identifier(name)
        : (kind.slot(name).orElseThrow().type().numeric() ? "number(" : "text(") + DrlText.quote(name) + ")";
    return field.variable().text().equals(owner) ? member : "$" + DrlText.identifier(field.variable().text()) + "." + member;
  }
}
