package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.check.SlotType;
import io.corroborate.check.TokenClasses;
import io.corroborate.text.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TextMate grammar in editors/ stays true to the language: its regexes compile, every keyword of
 * grammar/ClaimsLexer.g4 is highlighted as one, and on the real rule files its comment, string, regex and
 * number rules cover exactly the tokens the lexer makes. The grammar is run by a small line scanner below
 * (match and single-line begin/end rules, includes, captures), not by a full TextMate engine.
 */
class EditorGrammarTest {
  private static final Path GRAMMAR = Path.of("editors/claims.tmLanguage.json");
  private static final Path LEXER = Path.of("grammar/ClaimsLexer.g4");
  private static final Path DOC = Path.of("docs/language.md");
  /** {@code NAME : 'word';} in the lexer: a keyword. */
  private static final Pattern KEYWORD_TOKEN =
      Pattern.compile("^\\s*([A-Z_]+)\\s*:\\s*'([A-Za-z]+)'\\s*;", Pattern.MULTILINE);
  private static final Set<String> KEYWORD_SCOPES =
      Set.of("storage.type.claims", "keyword.control.claims", "keyword.operator.word.claims");
  private static final String COMMENT = "comment.line.number-sign.claims";
  private static final String STRING = "string.quoted.double.claims";
  private static final String REGEX = "string.regexp.claims";
  private static final String NUMBER = "constant.numeric.claims";
  /**
   * The tokens of ClaimsLexer.g4 that matter here, for one line (no token spans lines): WS, COMMENT, STRING,
   * REGEX, NUMBER, IDENT, and everything else one operator or character at a time.
   */
  private static final Pattern LEXER_MIRROR = Pattern.compile(
      "(?<ws>[ \\t\\f\\u00A0\\uFEFF]+)|(?<comment>#.*)|(?<string>\"(?:\\\\.|[^\"\\\\])*\")"
          + "|(?<regex>/(?:\\\\.|[^/\\\\])+/)|(?<number>[0-9]+(?:\\.[0-9]+)?)"
          + "|(?<ident>[A-Za-z_][A-Za-z0-9_]*)|(?<other>=>|\\.\\.\\.|==|!=|<=|>=|.)");

  private static JsonNode grammar;
  private static Scanner scanner;
  private static Set<String> lexerKeywords;

  @BeforeAll
  static void load() throws IOException {
    grammar = new ObjectMapper().readTree(GRAMMAR.toFile());
    scanner = new Scanner(grammar);
    lexerKeywords = new LinkedHashSet<>();
    Matcher m = KEYWORD_TOKEN.matcher(Files.readString(LEXER));
    while (m.find()) {
      lexerKeywords.add(m.group(2));
    }
    assertThat(lexerKeywords).as("keywords read from " + LEXER).hasSizeGreaterThan(20).contains("ruleset", "hedge");
  }

  @Test
  void isAGrammarForClaimsFiles() {
    assertThat(grammar.path("scopeName").asText()).isEqualTo("source.claims");
    assertThat(grammar.path("fileTypes").toString()).isEqualTo("[\"claims\"]");
    List<String> problems = new ArrayList<>();
    java.util.function.BiConsumer<String, String> check = (key, value) -> {
      if (key.equals("include") && !(value.startsWith("#") && grammar.path("repository").has(value.substring(1)))) {
        problems.add("unresolved include " + value);
      }
      if ((key.equals("name") || key.equals("contentName")) && !value.endsWith(".claims")) {
        problems.add("scope without the .claims suffix: " + value);
      }
    };
    walk(grammar.path("patterns"), check);
    walk(grammar.path("repository"), check);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRegexCompilesInJava() {
    List<String> patterns = new ArrayList<>();
    walk(grammar, (key, value) -> {
      if (Set.of("match", "begin", "end", "while").contains(key)) {
        patterns.add(value);
      }
    });
    assertThat(patterns).hasSizeGreaterThan(15);
    patterns.forEach(EditorGrammarTest::toJava); // throws PatternSyntaxException with the pattern in its message
  }

  @Test
  void everyLexerKeywordIsHighlightedAsAKeyword() {
    for (String keyword : lexerKeywords) {
      Scoped scoped = scanner.scan(keyword);
      assertThat(scoped.allHaveAnyOf(0, keyword.length(), KEYWORD_SCOPES))
          .as("'%s' from %s is highlighted as a keyword: add it to the keywords in %s", keyword, LEXER, GRAMMAR)
          .isTrue();
    }
  }

  @Test
  void keywordPatternsNameOnlyLexerKeywords() {
    Set<String> highlighted = new HashSet<>();
    for (JsonNode rule : grammar.path("repository").path("keywords").path("patterns")) {
      assertThat(KEYWORD_SCOPES).contains(rule.path("name").asText());
      highlighted.addAll(wordsOf(rule.path("match").asText()));
    }
    assertThat(highlighted).as("words of the grammar's keyword patterns vs the keywords of " + LEXER)
        .containsExactlyInAnyOrderElementsOf(lexerKeywords);
  }

  @Test
  void typesTokenClassesAndUnitKindsAreTheLanguagesOwn() {
    List<String> names = new ArrayList<>(TokenClasses.ALL);
    Arrays.stream(SlotType.Base.values()).filter(b -> b != SlotType.Base.LEXICON).forEach(b -> names.add(b.name()));
    for (String name : names) {
      assertThat(scanner.scan(name).allHave(0, name.length(), "support.type.claims")).as(name).isTrue();
    }
    for (Dimension dimension : Dimension.values()) {
      if (dimension == Dimension.DATE || dimension == Dimension.TIME) {
        continue; // values of the DATE and TIME types, not unit kinds of QUANTITY
      }
      String line = "n:QUANTITY[" + dimension.ruleName() + "]";
      assertThat(scanner.scan(line).fragmentHas(dimension.ruleName(), "support.constant.unit.claims")).as(line).isTrue();
    }
  }

  @Test
  void spotChecks() {
    String rule = "  then verdict MISQUOTE \"{a.source} said \\\"{a.count}\\\" # not a comment\"";
    assertScope(rule, "MISQUOTE", "entity.name.type.claims");
    assertScope(rule, "{a.source}", "variable.other.placeholder.claims");
    assertScope(rule, "\\\"", "constant.character.escape.claims");
    assertScope(rule, "# not a comment", STRING);
    assertNoScope(rule, "# not a comment", COMMENT);

    String finding = "finding EDITORIAL on line message \"line {line}: {text}\" suppress";
    assertScope(finding, "EDITORIAL", "entity.name.type.claims");
    assertScope(finding, "{text}", "variable.other.placeholder.claims");
    assertScope(finding, "suppress", "keyword.control.claims");
    assertNoScope("  pattern \"{text}\"", "{text}", "variable.other.placeholder.claims");

    String pattern = "  pattern span:QUANTITY[duration] ...{0,3} /^[A-Z]{2,}$/ not /a\\/b/ Cap+ x:(Word{1,3}) \"for\"?";
    assertScope(pattern, "span", "variable.other.capture.claims");
    assertScope(pattern, "QUANTITY", "support.type.claims");
    assertScope(pattern, "duration", "support.constant.unit.claims");
    assertScope(pattern, "...{0,3}", "keyword.operator.quantifier.claims");
    assertScope(pattern, "/^[A-Z]{2,}$/", REGEX);
    assertScope(pattern, "/a\\/b/", REGEX);
    assertScope(pattern, "Cap", "support.type.claims");
    assertScope(pattern, "+", "keyword.operator.quantifier.claims");
    assertScope(pattern, "{1,3}", "keyword.operator.quantifier.claims");
    assertScope(pattern, "?", "keyword.operator.quantifier.claims");

    String claim = "claim Injured(group: Victims) value count: QUANTITY {";
    assertScope(claim, "claim", "storage.type.claims");
    assertScope(claim, "Injured", "entity.name.type.claims");
    assertScope(claim, "group", "variable.other.capture.claims");

    String lexicon = "lexicon Officials : PERSON { \"Chief # Reyes\" => \"Dana Reyes\" }  # a \"comment\"";
    assertScope(lexicon, "Officials", "entity.name.type.claims");
    assertScope(lexicon, "=>", "keyword.operator.arrow.claims");
    assertScope(lexicon, "# Reyes", STRING);
    assertScope(lexicon, "# a \"comment\"", COMMENT);
    assertNoScope(lexicon, "# a \"comment\"", STRING);

    String define = "define SayVerb = (\"said\" | \"told\") ^ not Cap $";
    assertScope(define, "define", "storage.type.claims");
    assertScope(define, "SayVerb", "entity.name.type.claims");
    assertScope(define, "=", "keyword.operator.assignment.claims");
    assertScope(define, "^", "keyword.operator.anchor.claims");
    assertScope(define, "$", "keyword.operator.anchor.claims");

    assertScope("agree Injured when count overlaps within 5%", "5%", NUMBER);
    assertScope("  when a.count >= 100 and not attributed", ">=", "keyword.operator.comparison.claims");
    assertScope("  pattern n:QUANTITY from:PLACE", "from", "keyword.control.claims");
    assertThat(scanner.scan("import \"unclosed").unclosed()).isFalse();
  }

  @Test
  void vscodeExtensionUsesTheGrammar() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode contributes = json.readTree(Path.of("editors/vscode/package.json").toFile()).path("contributes");
    JsonNode language = contributes.path("languages").path(0);
    JsonNode grammarEntry = contributes.path("grammars").path(0);
    assertThat(language.path("extensions").toString()).isEqualTo("[\".claims\"]");
    assertThat(grammarEntry.path("language").asText()).isEqualTo(language.path("id").asText());
    assertThat(grammarEntry.path("scopeName").asText()).isEqualTo(grammar.path("scopeName").asText());
    assertThat(Path.of(grammarEntry.path("path").asText()).getFileName()).isEqualTo(GRAMMAR.getFileName());
    JsonNode config = json.readTree(
        Path.of("editors/vscode").resolve(language.path("configuration").asText()).normalize().toFile());
    assertThat(config.path("comments").path("lineComment").asText()).isEqualTo("#");
  }

  /** The README's Vim fallback is hand-written: it must name every keyword too. */
  @Test
  void vimFallbackNamesEveryKeyword() throws IOException {
    String readme = Files.readString(Path.of("editors/README.md"));
    Matcher block = Pattern.compile("```vim\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a ```vim block in editors/README.md").isTrue();
    Set<String> named = new HashSet<>();
    for (String line : block.group(1).split("\n")) {
      if (line.startsWith("syn keyword ") || line.startsWith("syn match ")) {
        named.addAll(wordsOf(line));
      }
    }
    assertThat(named).containsAll(lexerKeywords);
  }

  record Source(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Source> ruleFiles() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String root : List.of("examples", "rules")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".claims")).sorted().toList()) {
          sources.add(new Source(file.toString(), Files.readString(file)));
        }
      }
    }
    assertThat(sources).extracting(Source::name).contains(Path.of("examples/harbour/harbour.claims").toString());
    List<String> lines = Files.readAllLines(DOC);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```claims")) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        while (!lines.get(++i).startsWith("```")) {
          text.append(lines.get(i)).append('\n');
        }
        sources.add(new Source(DOC + ":" + start, text.toString()));
      }
    }
    return sources.stream();
  }

  /** Comments, strings, regexes, numbers and keywords get their scope on exactly the lexer's tokens. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void tokensAreScopedAsTheLexerSeesThem(Source source) {
    List<String> problems = new ArrayList<>();
    String[] lines = source.text().split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      Scoped scoped = scanner.scan(line);
      String where = source.name() + " line " + (n + 1) + ": ";
      if (scoped.unclosed()) {
        problems.add(where + "a begin/end rule runs past the end of the line");
      }
      boolean[] inComment = new boolean[line.length()];
      boolean[] inString = new boolean[line.length()];
      boolean[] inRegex = new boolean[line.length()];
      Matcher m = LEXER_MIRROR.matcher(line);
      for (int pos = 0; pos < line.length(); pos = m.end()) {
        m.region(pos, line.length());
        assertThat(m.lookingAt()).isTrue();
        int from = m.start();
        int to = m.end();
        String token = m.group();
        if (m.group("comment") != null) {
          Arrays.fill(inComment, from, to, true);
          expect(problems, where, scoped, from, to, COMMENT, token);
        } else if (m.group("string") != null) {
          Arrays.fill(inString, from, to, true);
          expect(problems, where, scoped, from, to, STRING, token);
        } else if (m.group("regex") != null) {
          Arrays.fill(inRegex, from, to, true);
          expect(problems, where, scoped, from, to, REGEX, token);
        } else if (m.group("number") != null) {
          expect(problems, where, scoped, from, to, NUMBER, token);
        } else if (m.group("ident") != null && lexerKeywords.contains(token)
            && !scoped.allHaveAnyOf(from, to, KEYWORD_SCOPES)) {
          problems.add(where + "keyword `" + token + "` is not highlighted as one");
        }
      }
      for (int i = 0; i < line.length(); i++) {
        Set<String> at = scoped.at(i);
        if (!inComment[i] && at.contains(COMMENT) || !inString[i] && at.contains(STRING)
            || !inRegex[i] && at.contains(REGEX)) {
          problems.add(where + "column " + (i + 1) + " is " + at + " but the lexer makes no such token there");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void expect(List<String> problems, String where, Scoped scoped, int from, int to, String scope,
      String token) {
    if (!scoped.allHave(from, to, scope)) {
      problems.add(where + "`" + token + "` is not all " + scope);
    }
  }

  private static void assertScope(String line, String fragment, String scope) {
    assertThat(scanner.scan(line).fragmentHas(fragment, scope)).as("`%s` in `%s` is %s", fragment, line, scope).isTrue();
  }

  private static void assertNoScope(String line, String fragment, String scope) {
    Scoped scoped = scanner.scan(line);
    int from = line.indexOf(fragment);
    for (int i = from; i < from + fragment.length(); i++) {
      assertThat(scoped.at(i)).as("`%s` in `%s`", fragment, line).doesNotContain(scope);
    }
  }

  /** The words an alternation such as {@code \b(?:a|b)\b} names. */
  private static List<String> wordsOf(String regex) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z]+").matcher(regex.replace("\\b", ""));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * Oniguruma (the TextMate engine) and java.util.regex read the grammar's constructs alike, except {@code \h}
   * (hex digit in Oniguruma, horizontal space in Java), which is translated. Oniguruma-only constructs with no
   * Java counterpart ({@code \K}, subexpression calls {@code \g<..>}, absent groups {@code (?~..)}) are refused:
   * keep them out of the grammar.
   */
  static Pattern toJava(String oniguruma) {
    StringBuilder java = new StringBuilder();
    for (int i = 0; i < oniguruma.length(); i++) {
      char c = oniguruma.charAt(i);
      if (c == '\\' && i + 1 < oniguruma.length()) {
        char next = oniguruma.charAt(++i);
        switch (next) {
          case 'h' -> java.append("[0-9A-Fa-f]");
          case 'H' -> java.append("[^0-9A-Fa-f]");
          case 'K', 'g' -> throw new AssertionError("Oniguruma-only \\" + next + " in " + oniguruma);
          default -> java.append(c).append(next);
        }
      } else if (oniguruma.startsWith("(?~", i)) {
        throw new AssertionError("Oniguruma-only absent group in " + oniguruma);
      } else {
        java.append(c);
      }
    }
    return Pattern.compile(java.toString());
  }

  private static void walk(JsonNode node, java.util.function.BiConsumer<String, String> visit) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getValue().isTextual()) {
          visit.accept(e.getKey(), e.getValue().asText());
        } else {
          walk(e.getValue(), visit);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> walk(child, visit));
    }
  }

  /** The scopes of each character of one line. */
  record Scoped(List<Set<String>> scopes, boolean unclosed, String line) {
    Set<String> at(int i) {
      return scopes.get(i);
    }

    boolean allHave(int from, int to, String scope) {
      return allHaveAnyOf(from, to, Set.of(scope));
    }

    boolean allHaveAnyOf(int from, int to, Set<String> wanted) {
      for (int i = from; i < to; i++) {
        if (scopes.get(i).stream().noneMatch(wanted::contains)) {
          return false;
        }
      }
      return from < to;
    }

    boolean fragmentHas(String fragment, String scope) {
      int from = line.indexOf(fragment);
      return from >= 0 && allHave(from, from + fragment.length(), scope);
    }
  }

  /**
   * Runs the grammar over one line the way a TextMate engine does for the rules it uses: at each position the
   * earliest match wins, ties going to the rule listed first and, inside a begin/end rule, to its end.
   */
  static final class Scanner {
    private final JsonNode repository;
    private final List<JsonNode> top;
    private final Map<String, Pattern> compiled = new HashMap<>();

    Scanner(JsonNode grammar) {
      repository = grammar.path("repository");
      top = expand(grammar.path("patterns"));
    }

    private List<JsonNode> expand(JsonNode patterns) {
      List<JsonNode> rules = new ArrayList<>();
      for (JsonNode p : patterns) {
        JsonNode rule = p.has("include") ? repository.path(p.get("include").asText().substring(1)) : p;
        if (rule.has("match") || rule.has("begin")) {
          rules.add(rule);
        } else {
          rules.addAll(expand(rule.path("patterns")));
        }
      }
      return rules;
    }

    private Pattern pattern(String source) {
      return compiled.computeIfAbsent(source, EditorGrammarTest::toJava);
    }

    Scoped scan(String line) {
      List<Set<String>> scopes = new ArrayList<>();
      for (int i = 0; i < line.length(); i++) {
        scopes.add(new HashSet<>());
      }
      boolean[] unclosed = {false};
      scan(line, 0, top, null, scopes, unclosed);
      return new Scoped(scopes, unclosed[0], line);
    }

    /** Scans from pos until end matches (returned) or nothing more does (null). */
    private MatchResult scan(String line, int pos, List<JsonNode> rules, Pattern end, List<Set<String>> scopes,
        boolean[] unclosed) {
      while (pos <= line.length()) {
        Matcher ended = end == null ? null : end.matcher(line);
        if (ended != null && !ended.find(pos)) {
          ended = null;
        }
        Matcher best = null;
        JsonNode bestRule = null;
        for (JsonNode rule : pos < line.length() ? rules : List.<JsonNode>of()) {
          Matcher m = pattern(rule.has("match") ? rule.get("match").asText() : rule.get("begin").asText()).matcher(line);
          if (m.find(pos) && (best == null || m.start() < best.start())) {
            best = m;
            bestRule = rule;
          }
        }
        if (ended != null && (best == null || ended.start() <= best.start())) {
          return ended.toMatchResult();
        }
        if (best == null) {
          return null;
        }
        if (bestRule.has("match")) {
          paint(scopes, best.start(), best.end(), bestRule.path("name").asText(null));
          paintCaptures(scopes, best, bestRule.path("captures"));
          pos = Math.max(best.end(), best.start() + 1);
        } else {
          paintCaptures(scopes, best, bestRule.path("beginCaptures"));
          MatchResult close = scan(line, best.end(), expand(bestRule.path("patterns")),
              pattern(bestRule.get("end").asText()), scopes, unclosed);
          if (close == null) {
            unclosed[0] = true;
          } else {
            paintCaptures(scopes, close, bestRule.path("endCaptures"));
          }
          int contentEnd = close == null ? line.length() : close.start();
          int ruleEnd = close == null ? line.length() : close.end();
          paint(scopes, best.start(), ruleEnd, bestRule.path("name").asText(null));
          paint(scopes, best.end(), contentEnd, bestRule.path("contentName").asText(null));
          pos = Math.max(ruleEnd, best.start() + 1);
        }
      }
      return null;
    }

    private static void paintCaptures(List<Set<String>> scopes, MatchResult m, JsonNode captures) {
      captures.properties().forEach(e -> {
        int group = Integer.parseInt(e.getKey());
        if (group <= m.groupCount() && m.start(group) >= 0) {
          paint(scopes, m.start(group), m.end(group), e.getValue().path("name").asText(null));
        }
      });
    }

    private static void paint(List<Set<String>> scopes, int from, int to, String scope) {
      for (int i = from; scope != null && i < to; i++) {
        scopes.get(i).add(scope);
      }
    }
  }
}
