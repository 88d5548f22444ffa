package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Reads the hand-written tables under {@code src/test/resources/normalization/}: one case per line,
 * cells separated by tabs, lines starting with {@code #} and blank lines ignored. An expected cell
 * {@value #NONE} means "no mention at all". Each case becomes a dynamic test named by its line and
 * input, so a failure says which phrase went wrong.
 */
final class NormalizationTable {
  private NormalizationTable() {}

  /** Written in an expected cell when the input must yield no value. */
  static final String NONE = "none";

  /** Every table must hold at least this many cases. */
  static final int MIN_CASES = 200;

  /** One case: its line number in the file and its cells (missing trailing cells read as ""). */
  record Row(int line, List<String> cells) {
    String cell(int k) {
      return k < cells.size() ? cells.get(k) : "";
    }
  }

  /** The rows of {@code file}, each with at least {@code required} cells. */
  static List<Row> load(String file, int required) {
    String path = "/normalization/" + file;
    try (InputStream in = NormalizationTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test table " + path);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      List<Row> rows = new ArrayList<>();
      for (int k = 0; k < lines.length; k++) {
        String line = lines[k].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.stream(lines[k].split("\t", -1)).map(String::strip).toList();
        if (cells.size() < required) {
          throw new IllegalStateException(path + ":" + (k + 1) + " has " + cells.size() + " cells, needs "
              + required + " separated by tabs: " + line);
        }
        rows.add(new Row(k + 1, cells));
      }
      assertTrue(rows.size() >= MIN_CASES, () -> path + " has " + rows.size() + " cases, fewer than " + MIN_CASES);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One dynamic test per row, named "line N: input" after the cell at {@code inputCell}. */
  static Stream<DynamicTest> tests(String file, int required, int inputCell, Consumer<Row> check) {
    return load(file, required).stream()
        .map(row -> DynamicTest.dynamicTest("line " + row.line() + ": " + row.cell(inputCell), () -> check.accept(row)));
  }

  /** Mentions of the given types described as the tables write them, or {@value #NONE}. */
  static String describe(String doc, Sentence s, List<Mention> mentions, MentionType... types) {
    List<MentionType> wanted = List.of(types);
    String text = mentions.stream()
        .filter(m -> wanted.contains(m.type()))
        .map(m -> TextFixtures.span(doc, s, m) + " = " + value(m))
        .collect(Collectors.joining(" ; "));
    return text.isEmpty() ? NONE : text;
  }

  private static String value(Mention m) {
    Quantity q = m.quantity();
    Dimension d = q.dimension();
    return d == Dimension.DATE || d == Dimension.TIME ? DateValues.display(q) + " " + q.qualifier()
        : TextFixtures.format(q);
  }

  /**
   * Checks a row of quantities.tsv or durations.tsv: cell 0 the sentence, cell 1 its QUANTITY mentions,
   * optionally cell 2 a unit and cell 3 the first QUANTITY converted to it (or {@value #NONE} when the
   * units must not convert).
   */
  static void checkQuantityRow(Row row) {
    String input = row.cell(0);
    Sentence s = TextFixtures.sentence(input);
    List<Mention> mentions = new QuantityRecognizer().find(s);
    assertEquals(row.cell(1), describe(input, s, mentions, MentionType.QUANTITY));
    if (row.cell(2).isEmpty()) {
      return;
    }
    Quantity first = mentions.stream().filter(m -> m.type() == MentionType.QUANTITY).findFirst().orElseThrow().quantity();
    boolean converts = !Double.isNaN(UnitConversion.factor(first.unit(), row.cell(2)));
    assertEquals(row.cell(3), converts ? converted(UnitConversion.convert(first, row.cell(2))) : NONE);
  }

  /** A converted quantity rounded to four significant digits: "[647.5,647.5] km2". */
  static String converted(Quantity q) {
    return (q.lowOpen() ? "(" : "[") + round(q.low()) + "," + round(q.high()) + (q.highOpen() ? ")" : "]")
        + " " + q.unit();
  }

  private static String round(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    return new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** True when a number mention and a date or time mention share a token. */
  static boolean numbersOverlapDates(List<Mention> numbers, List<Mention> dates) {
    return numbers.stream().anyMatch(n -> dates.stream()
        .anyMatch(d -> n.tokenStart() < d.tokenEnd() && d.tokenStart() < n.tokenEnd()));
  }
}
