package io.corroborate.lang;

import java.util.List;
import java.util.Random;

/**
 * Generates random rule files from the language's constructs, mostly valid, for property tests. The
 * same seed gives the same file, so a failure can be replayed.
 */
final class RuleFileGenerator {
  private static final List<String> TYPES = List.of("QUANTITY", "NUMBER", "PERSON", "ORG", "PLACE", "SPEAKER",
      "TEXT", "QUANTITY[area]", "QUANTITY[count]", "QUANTITY[money]");
  private static final List<String> WORDS = List.of("were", "killed", "in", "the", "of", "said", "about", "troops",
      "fire", "miles", "people", "don't", "U.S.", "3", "-", "\u201cquoted\u201d");
  private static final List<String> FLAGS = List.of("attributed", "terminal", "repeated", "quoted", "hedged",
      "first", "last");
  private static final List<String> MEASURES = List.of("words", "overlap", "position", "length");

  private final Random random;
  private final StringBuilder out = new StringBuilder();

  private RuleFileGenerator(long seed) {
    this.random = new Random(seed);
  }

  static String generate(long seed) {
    return new RuleFileGenerator(seed).file();
  }

  private String file() {
    out.append("ruleset gen").append(random.nextInt(100)).append('\n');
    int lexicons = 1 + random.nextInt(3);
    for (int i = 0; i < lexicons; i++) {
      out.append("lexicon L").append(i).append(random.nextBoolean() ? " : PERSON" : "").append(" { ")
          .append(word()).append(", \"").append(word()).append(' ').append(word()).append("\" => c").append(i)
          .append(" }\n");
    }
    if (random.nextBoolean()) {
      out.append("define M = (\"").append(word()).append("\" | L0)\n");
    }
    int kinds = 1 + random.nextInt(3);
    for (int k = 0; k < kinds; k++) {
      claim(k, lexicons);
    }
    if (random.nextBoolean()) {
      out.append("hedge approximate within ").append(random.nextInt(20)).append("%\n");
    }
    for (int r = 0; r < random.nextInt(3); r++) {
      rule(r, kinds);
    }
    for (int f = 0; f < random.nextInt(3); f++) {
      finding(f);
    }
    return out.toString();
  }

  private void claim(int k, int lexicons) {
    String valueType = pick(List.of("QUANTITY", "NUMBER", "TEXT", "L0", "QUANTITY[area]"));
    boolean keyed = random.nextBoolean();
    out.append("claim K").append(k).append('(').append(keyed ? "s: " + pick(TYPES.subList(2, 7)) + (random.nextBoolean() ? "?" : "") : "")
        .append(") value v: ").append(valueType).append(" {\n");
    int patterns = 1 + random.nextInt(3);
    for (int p = 0; p < patterns; p++) {
      out.append("  pattern ").append(element(lexicons, 0)).append(' ')
          .append(capture("v", valueType)).append(' ').append(element(lexicons, 0));
      if (keyed) {
        out.append(" \"in\" s:").append(pick(List.of("PLACE", "PERSON", "ORG", "TEXT")).equals("TEXT") ? "(Word+)" : "PLACE");
      }
      out.append('\n');
    }
    if (random.nextBoolean()) {
      out.append("  example \"").append(word()).append(" 12 ").append(word()).append("\" => v ")
          .append(pick(List.of("=", ">=", "~", "<"))).append(" 12\n");
    }
    out.append("}\n");
    if (valueType.startsWith("QUANTITY") || valueType.equals("NUMBER")) {
      out.append("agree K").append(k).append(" when v ")
          .append(random.nextBoolean() ? "overlaps within " + random.nextInt(30) + "%" : "equals").append('\n');
    }
  }

  private String capture(String slot, String type) {
    if (type.equals("TEXT")) {
      return slot + ":(Word+)";
    }
    return slot + ":" + type;
  }

  private String element(int lexicons, int depth) {
    int choice = random.nextInt(depth > 1 ? 5 : 9);
    return switch (choice) {
      case 0 -> "\"" + word() + "\"";
      case 1 -> "L" + random.nextInt(lexicons);
      case 2 -> pick(List.of("Cap", "Num", "Word", "Any"));
      case 3 -> "/^[a-z]+$/";
      case 4 -> "...{0," + (1 + random.nextInt(4)) + "}";
      case 5 -> "(" + element(lexicons, depth + 1) + " | " + element(lexicons, depth + 1) + ")";
      case 6 -> element(lexicons, depth + 1) + pick(List.of("?", "*", "+", "{1,2}"));
      case 7 -> "not " + pick(List.of("\"the\"", "Cap", "/x/"));
      default -> "(" + element(lexicons, depth + 1) + " " + element(lexicons, depth + 1) + ")";
    };
  }

  private void rule(int r, int kinds) {
    String kind = "K" + random.nextInt(kinds);
    out.append("rule \"r").append(r).append(" \\\"q\\\"\" severity ").append(pick(List.of("low", "high", "info")))
        .append("\n  when a: ").append(kind).append(", b: ").append(kind).append(", same key, ")
        .append(pick(List.of("a.speaker == b.speaker", "a.source != b.source", "not agree(a, b)",
            "a.document != \"x\"", "a.sentence > 2")))
        .append("\n  then verdict L").append(r).append(" \"{a.source} {b.text}\"\n");
  }

  private void finding(int f) {
    out.append("finding F").append(f).append(" on ").append(pick(List.of("line", "sentence")))
        .append(" when ").append(pick(List.of("starts", "ends", "contains", "matches"))).append(" (\"")
        .append(word()).append("\") ").append(pick(List.of("and", "or"))).append(random.nextBoolean() ? " not " : " ")
        .append(random.nextBoolean() ? pick(FLAGS) : pick(MEASURES) + " >= " + random.nextInt(10))
        .append(random.nextBoolean() ? " suppress" : "").append('\n');
  }

  private String word() {
    return pick(WORDS);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
