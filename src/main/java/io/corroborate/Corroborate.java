package io.corroborate;

import io.corroborate.check.Checker;
import io.corroborate.compile.RuleSetCompiler;
import io.corroborate.engine.Problems;
import io.corroborate.input.DocumentReader;
import io.corroborate.lang.RuleSetLoader;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.DiagnosticRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point for embedders:
 *
 * <pre>{@code
 * RuleSet rules = Corroborate.compile(List.of(Path.of("rules/news.claims")));
 * Report report = rules.evaluate(List.of(Document.of("a", "..."), Document.of("b", "...")));
 * }</pre>
 */
public final class Corroborate {
  private Corroborate() {}

  /** Compiles rule files (a folder stands for its .claims files) with everything they import. */
  public static RuleSet compile(List<Path> paths) throws RuleSetException {
    return build(RuleSetLoader.load(paths));
  }

  /** Compiles rule text held in memory; {@code name} appears in diagnostics. */
  public static RuleSet compileText(String name, String text) throws RuleSetException {
    return build(RuleSetLoader.loadText(name, text));
  }

  /** Parses and checks rule files without building a rule base. */
  public static CheckResult check(List<Path> paths) {
    RuleSetLoader.Result loaded = RuleSetLoader.load(paths);
    List<Diagnostic> diagnostics = Checker.check(loaded.files(), loaded.diagnostics()).diagnostics();
    return new CheckResult(diagnostics.stream().map(Problems::of).toList(), DiagnosticRenderer.render(diagnostics));
  }

  /** Parses and checks rule text held in memory; imports resolve against the working directory. */
  public static CheckResult checkText(String name, String text) {
    RuleSetLoader.Result loaded = RuleSetLoader.loadText(name, text);
    List<Diagnostic> diagnostics = Checker.check(loaded.files(), loaded.diagnostics()).diagnostics();
    return new CheckResult(diagnostics.stream().map(Problems::of).toList(), DiagnosticRenderer.render(diagnostics));
  }

  /**
   * The rule text in the canonical layout of {@code corroborate fmt} (the policy is described on the
   * formatter); {@code name} appears in the error message.
   *
   * @throws IllegalArgumentException if the text has syntax errors; {@link #check} explains them
   */
  public static String format(String name, String text) {
    return io.corroborate.lang.Formatter.format(name, text);
  }

  /** Reads .txt, .json, .jsonl and .html documents from files and folders; problems are returned, not thrown. */
  public static DocumentReader.Result readDocuments(List<Path> paths) {
    return DocumentReader.read(paths);
  }

  private static RuleSet build(RuleSetLoader.Result loaded) throws RuleSetException {
    Checker.Result checked = Checker.check(loaded.files(), loaded.diagnostics());
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    if (checked.ruleSet() == null) {
      throw failure(diagnostics);
    }
    RuleSetCompiler.Result compiled = RuleSetCompiler.compile(checked.ruleSet());
    if (compiled.ruleSet() == null) {
      diagnostics.addAll(compiled.diagnostics());
      throw failure(diagnostics);
    }
    return new RuleSet(compiled.ruleSet(), diagnostics.stream().map(Problems::of).toList());
  }

  private static RuleSetException failure(List<Diagnostic> diagnostics) {
    return new RuleSetException(diagnostics.stream().map(Problems::of).toList(), DiagnosticRenderer.render(diagnostics));
  }
}
