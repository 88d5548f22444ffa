package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.check.Agreement;
import io.corroborate.compile.facts.ClaimFact;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two values agree: intervals, open bounds, tolerance and units. */
class AgreementMathTest {

  /** Interval notation: "[a,b]", "(a,inf)", "[a,b)"; unit optional after a space. */
  static ClaimFact fact(String interval, String unit) {
    ClaimFact f = new ClaimFact();
    String body = interval.substring(1, interval.length() - 1);
    String[] parts = body.split(";");
    f.setLow(bound(parts[0]));
    f.setHigh(bound(parts[1]));
    f.setLowOpen(interval.startsWith("("));
    f.setHighOpen(interval.endsWith(")"));
    f.setUnit(unit == null ? "" : unit);
    f.setCanonical(body);
    return f;
  }

  private static double bound(String text) {
    return switch (text.trim()) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text.trim());
    };
  }

  @ParameterizedTest(name = "{0} vs {1} within {2}% -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      [11000;11000]   | [11000;11000]   | 0  | true
      [11000;11000]   | [10000;10000]   | 5  | false
      [11000;11000]   | [10000;10000]   | 10 | true
      [11000;11000]   | [9500;10500]    | 5  | true
      [11000;11000]   | (10000;inf)     | 0  | true
      [10000;10000]   | (10000;inf)     | 0  | false
      [10000;10000]   | (10000;inf)     | 5  | true
      [30;inf)        | [29;29]         | 0  | false
      [30;inf)        | [30;30]         | 0  | true
      [237.5;262.5]   | [285;315]       | 5  | false
      [237.5;262.5]   | [285;315]       | 10 | true
      [0;100)         | [100;100]       | 0  | false
      [90;100)        | [95;95]         | 0  | true
      [0;50]          | [60;60]         | 20 | true
      [0;50]          | [70;70]         | 20 | false
      """)
  void intervalsAgreeWhenTheyOverlapWithinTolerance(String a, String b, double percent, boolean expected) {
    Agreement policy = Agreement.overlap(percent / 100);
    assertThat(AgreementMath.agree(fact(a, null), fact(b, null), policy)).isEqualTo(expected);
    assertThat(AgreementMath.agree(fact(b, null), fact(a, null), policy)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} vs {2} {3} -> {4}")
  @CsvSource({
      "250, mi2, 647.5, km2, true",
      "250, mi2, 300, mi2, false",
      "10, km, 6.2137, mi, true",
      "10, km, 10, km2, false",
      "5, '', 5, mi2, false"})
  void unitsConvertWithinADimensionOnly(double a, String unitA, double b, String unitB, boolean expected) {
    Agreement policy = Agreement.overlap(0.01);
    ClaimFact x = fact("[" + a + ";" + a + "]", unitA);
    ClaimFact y = fact("[" + b + ";" + b + "]", unitB);
    assertThat(AgreementMath.agree(x, y, policy)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> all agree {1}")
  @CsvSource(delimiter = '|', textBlock = """
      [11000;11000],[11000;11000],[10500;11500]          | true
      [11000;11000],[10000;10000],[9500;10500]           | false
      [38;42],[42.75;47.25],[36;40)                      | false
      [1;10],[5;20],[8;9]                                | true
      [1;2],[3;4],[1.5;3.5]                              | false
      """)
  void groupAgreementIsPairwiseAgreement(String intervals, boolean expected) {
    Agreement policy = Agreement.overlap(0);
    List<ClaimFact> facts = java.util.Arrays.stream(intervals.split(","))
        .map(s -> fact(s.trim().replace(';', ';'), null)).toList();
    boolean pairwise = facts.stream().allMatch(a -> facts.stream().allMatch(b -> AgreementMath.agree(a, b, policy)));
    assertThat(pairwise).isEqualTo(expected);
    assertThat(AgreementMath.allAgree(facts, policy)).isEqualTo(expected);
  }

  /** "point@interval": the figure a speaker named and the interval its hedge makes of it. */
  @ParameterizedTest(name = "{0} within {1}% -> one figure {2}")
  @CsvSource(delimiter = '|', textBlock = """
      127@[127;inf),130@[130;inf)           | 0  | false
      352@[352;352],352@[352;inf)           | 0  | true
      129@[129;129],129@[129;129]           | 0  | true
      40@[38;42],39@[39;39]                 | 0  | false
      40@[38;42],39@[39;39]                 | 5  | true
      11000@[11000;11000],11000@(11000;inf) | 0  | true
      100@[100;100],110@[110;110]           | 33 | true
      100@[100;100],200@[200;200]           | 33 | false
      """)
  void aSpeakersFiguresAreComparedByTheFigureNamed(String facts, double percent, boolean expected) {
    List<ClaimFact> claims = java.util.Arrays.stream(facts.split(",(?=[0-9.]+@)")).map(s -> {
      String[] parts = s.trim().split("@");
      ClaimFact f = fact(parts[1], null);
      f.setPoint(Double.parseDouble(parts[0]));
      return f;
    }).toList();
    assertThat(AgreementMath.nameOneFigure(claims, Agreement.overlap(percent / 100))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"north_korea, north_korea, true", "north_korea, russia, false"})
  void equalityPolicyComparesCanonicalForms(String a, String b, boolean expected) {
    ClaimFact x = new ClaimFact();
    x.setCanonical(a);
    ClaimFact y = new ClaimFact();
    y.setCanonical(b);
    assertThat(AgreementMath.agree(x, y, Agreement.EQUALITY)).isEqualTo(expected);
    // a speaker's words without intervals are compared the same way
    assertThat(AgreementMath.nameOneFigure(List.of(x, y), Agreement.EQUALITY)).isEqualTo(expected);
  }
}
