package io.corroborate.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Helpers shared by the text-layer tests: escapes, one-sentence fixtures, compact descriptions. */
final class TextFixtures {
  private TextFixtures() {}

  /** Turns the escapes {@code \n \r \t \\uXXXX} written in CSV tables into characters. */
  static String unescape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n': b.append('\n'); break;
        case 'r': b.append('\r'); break;
        case 't': b.append('\t'); break;
        case 'u':
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default: b.append('\\').append(e);
      }
    }
    return b.toString();
  }

  /** The whole text as one sentence, tokenized, without running the splitter. */
  static Sentence sentence(String text) {
    return new Sentence(0, 0, 0, text.length(), Tokenizer.tokenize(text));
  }

  /** The document text covered by a mention. */
  static String span(String doc, Sentence s, Mention m) {
    List<Token> t = s.tokens();
    return doc.substring(t.get(m.tokenStart()).start(), t.get(m.tokenEnd() - 1).end());
  }

  /** Mentions of one type as {@code span = interval unit dimension qualifier}, joined by " ; ". */
  static String describe(String doc, Sentence s, List<Mention> mentions, MentionType type) {
    return mentions.stream()
        .filter(m -> m.type() == type)
        .map(m -> span(doc, s, m) + (m.quantity() == null ? "" : " = " + format(m.quantity())))
        .collect(Collectors.joining(" ; "));
  }

  /** "[237.5,262.5] mi2 area approximately"; a count has no unit: "(10000,inf] count more than". */
  static String format(Quantity q) {
    String interval = (q.lowOpen() ? "(" : "[") + num(q.low()) + "," + num(q.high()) + (q.highOpen() ? ")" : "]");
    String unit = q.unit().isEmpty() ? "" : q.unit() + " ";
    return interval + " " + unit + q.dimension().name().toLowerCase(Locale.ROOT) + " " + q.qualifier();
  }

  static String num(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    return new BigDecimal(d).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }
}
