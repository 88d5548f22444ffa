package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: lang → check → compile → extract → engine → facade → cli and server, with text,
 * input and report to the side. This test reads every main source file's imports and keeps it so.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/corroborate");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.corroborate\\.([a-z.]*?)\\.?[A-Z]\\w*",
      Pattern.MULTILINE);
  /** The public result records of the root package, which every layer may build or read. */
  private static final String MODEL = "model";

  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("source", Set.of()),
      Map.entry("lang", Set.of("source", "lang.ast", "lang.antlr")),
      Map.entry("lang.ast", Set.of("source")),
      Map.entry("text", Set.of()),
      Map.entry("check", Set.of("source", "lang", "lang.ast", "text")),
      Map.entry("compile", Set.of("source", "lang.ast", "check", "text", "compile.facts", "compile.match")),
      Map.entry("compile.facts", Set.of()),
      Map.entry("compile.match", Set.of("check", "lang.ast", "text")),
      Map.entry("input", Set.of(MODEL, "source")),
      Map.entry("extract", Set.of(MODEL, "check", "compile", "compile.facts", "compile.match", "text")),
      Map.entry("engine", Set.of(MODEL, "source", "lang.ast", "check", "compile", "compile.facts", "compile.match",
          "extract", "text")),
      Map.entry("report", Set.of(MODEL, "text")),
      Map.entry("", Set.of(MODEL, "source", "lang", "check", "compile", "engine", "input")),
      Map.entry("server", Set.of("", MODEL, "report", "source")),
      Map.entry("batch", Set.of("", MODEL, "source", "input", "report")),
      Map.entry("cli", Set.of("", MODEL, "input", "report", "server", "batch")));

  @Test
  void dependenciesPointOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        String source = Files.readString(file);
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
          String target = m.group(1);
          String kind = target.isEmpty() && !isFacade(m.group()) ? MODEL : target;
          if (!kind.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(kind)) {
            violations.add(MAIN.relativize(file) + " imports " + m.group().substring(7));
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  private static boolean isFacade(String importLine) {
    return importLine.endsWith(".Corroborate") || importLine.endsWith(".RuleSet");
  }

  @Test
  void publicApiExposesNoAntlrOrDroolsTypes() {
    for (Class<?> type : List.of(Corroborate.class, RuleSet.class, Report.class, Verdict.class, Claim.class,
        Attribution.class, Finding.class, Document.class, Value.class, Problem.class, RuleSetException.class,
        CheckResult.class, Stats.class, DocumentSummary.class, SourceEvidence.class, Evaluation.class,
        PreparedDocument.class, StructuredClaim.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        List<Class<?>> used = new ArrayList<>(List.of(method.getParameterTypes()));
        used.add(method.getReturnType());
        for (Class<?> c : used) {
          assertThat(c.getName()).as("%s.%s", type.getSimpleName(), method.getName())
              .doesNotStartWith("org.antlr").doesNotStartWith("org.kie").doesNotStartWith("org.drools");
        }
      }
    }
  }
}
