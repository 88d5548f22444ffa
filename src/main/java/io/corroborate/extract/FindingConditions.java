package io.corroborate.extract;

import io.corroborate.compile.FindingCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of the findings of one scope (sentences or lines), evaluated in Java before a unit's fact
 * is made: a unit no finding can hold for gets no fact, since only finding rules read sentence facts. Most
 * units of a news text hold none, and their facts (topical overlap, attribution, pattern tests, a Drools
 * insertion each) were a fifth of an evaluation (profiled in bench/RESULTS.md).
 *
 * <p>Conservative: a comparison for equality ({@code ==}, {@code !=}) of a measure is taken as unknown
 * rather than second-guessing how the engine compares doubles, and a unit is ruled out only when every
 * condition is certainly false. The cheaper side of {@code and} / {@code or} is evaluated first, so the
 * costly attributes are read for few units; the result is the same in any order (all attributes are pure).
 */
final class FindingConditions {
  private static final int TRUE = 1;
  private static final int FALSE = 0;
  private static final int UNKNOWN = -1;

  /** A condition over unit {@code i}: TRUE, FALSE or UNKNOWN. */
  private interface Condition {
    int eval(UnitFeatures units, int i);

    /** 0: token counts; 1: a pattern test; 2: topical overlap; 3: the document's attribution. */
    int cost();
  }

  private final List<Condition> conditions;

  private FindingConditions(List<Condition> conditions) {
    this.conditions = List.copyOf(conditions);
  }

  /** The conditions of the findings on lines ({@code lines}) or sentences. */
  static FindingConditions of(List<FindingCondition.Scoped> findings, boolean lines) {
    List<Condition> out = new ArrayList<>();
    for (FindingCondition.Scoped finding : findings) {
      if (finding.onLine() == lines) {
        out.add(condition(finding.condition()));
      }
    }
    return new FindingConditions(out);
  }

  /** Whether some finding of the scope may hold for unit {@code i}. */
  boolean mayHold(UnitFeatures units, int i) {
    for (Condition condition : conditions) {
      if (condition.eval(units, i) != FALSE) {
        return true;
      }
    }
    return false;
  }

  private static Condition condition(FindingCondition c) {
    if (c instanceof FindingCondition.Not not) {
      Condition inner = condition(not.inner());
      return leaf(inner.cost(), (u, i) -> {
        int v = inner.eval(u, i);
        return v == UNKNOWN ? UNKNOWN : 1 - v;
      });
    }
    if (c instanceof FindingCondition.And and) {
      return both(condition(and.left()), condition(and.right()), FALSE);
    }
    if (c instanceof FindingCondition.Or or) {
      return both(condition(or.left()), condition(or.right()), TRUE);
    }
    if (c instanceof FindingCondition.Test test) {
      int t = test.index();
      return leaf(1, (u, i) -> u.hit(i, t) ? TRUE : FALSE);
    }
    if (c instanceof FindingCondition.Flag flag) {
      return flag(flag.name());
    }
    return compare((FindingCondition.Compare) c);
  }

  /** {@code and} ({@code decisive} FALSE) or {@code or} (TRUE): the cheaper side first, Kleene's logic. */
  private static Condition both(Condition a, Condition b, int decisive) {
    Condition first = a.cost() <= b.cost() ? a : b;
    Condition second = first == a ? b : a;
    return leaf(Math.max(a.cost(), b.cost()), (u, i) -> {
      int x = first.eval(u, i);
      if (x == decisive) {
        return decisive;
      }
      int y = second.eval(u, i);
      if (y == decisive) {
        return decisive;
      }
      return x == UNKNOWN || y == UNKNOWN ? UNKNOWN : 1 - decisive;
    });
  }

  private static Condition flag(String name) {
    return switch (name) {
      case "attributed" -> leaf(3, (u, i) -> truth(u.attributed(i)));
      case "hedged" -> leaf(3, (u, i) -> truth(u.hedged(i)));
      case "quoted" -> leaf(3, (u, i) -> truth(u.quoted(i)));
      case "repeated" -> leaf(2, (u, i) -> truth(u.topic(i).repeated()));
      case "terminal" -> leaf(0, (u, i) -> truth(u.terminal(i)));
      case "first" -> leaf(0, (u, i) -> truth(u.first(i)));
      case "last" -> leaf(0, (u, i) -> truth(u.last(i)));
      default -> leaf(0, (u, i) -> UNKNOWN); // the checks allow no other; unknown keeps the fact
    };
  }

  private static Condition compare(FindingCondition.Compare c) {
    String name = c.attribute();
    Measure measure = switch (name) {
      case "words" -> UnitFeatures::words;
      case "overlap" -> (u, i) -> u.topic(i).overlap();
      case "position" -> (u, i) -> i;
      case "length" -> UnitFeatures::length;
      default -> null;
    };
    if (measure == null) {
      return leaf(0, (u, i) -> UNKNOWN); // the checks allow no other; unknown keeps the fact
    }
    double value = c.value();
    int cost = name.equals("overlap") ? 2 : 0;
    return switch (c.op()) {
      case "<" -> leaf(cost, (u, i) -> truth(measure.of(u, i) < value));
      case "<=" -> leaf(cost, (u, i) -> truth(measure.of(u, i) <= value));
      case ">" -> leaf(cost, (u, i) -> truth(measure.of(u, i) > value));
      case ">=" -> leaf(cost, (u, i) -> truth(measure.of(u, i) >= value));
      default -> leaf(0, (u, i) -> UNKNOWN); // == and != (and anything the checks let through)
    };
  }

  private interface Measure {
    double of(UnitFeatures units, int i);
  }

  private interface Eval {
    int eval(UnitFeatures units, int i);
  }

  private static Condition leaf(int cost, Eval eval) {
    return new Condition() {
      @Override
      public int eval(UnitFeatures units, int i) {
        return eval.eval(units, i);
      }

      @Override
      public int cost() {
        return cost;
      }
    };
  }

  private static int truth(boolean b) {
    return b ? TRUE : FALSE;
  }
}
