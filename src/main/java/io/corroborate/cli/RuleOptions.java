package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RuleSet;
import io.corroborate.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --rules} option shared by the commands that evaluate, and compiling what it names. */
final class RuleOptions {
  @Option(names = {"-r", "--rules"}, arity = "1..*", paramLabel = "PATH",
      description = "Rule files or folders of .claims files (default: the bundled rules/).")
  List<Path> rules = List.of();

  @Option(names = "--no-cache", description = "Build the rule base even if a compiled copy is cached "
      + "(also CORROBORATE_NO_CACHE=1; the cache is in ~/.cache/corroborate or CORROBORATE_CACHE_DIR).")
  boolean noCache;

  /** The compiled rule set, or null after printing why the rules are invalid. */
  RuleSet compile(PrintWriter err) {
    if (noCache) {
      // the property the compile path's cache reads (RuleBaseCache.DISABLE_PROPERTY); one run, one process
      System.setProperty("corroborate.cache", "off");
    }
    try {
      return rules.isEmpty() ? BundledRules.compile() : Corroborate.compile(rules);
    } catch (RuleSetException e) {
      err.print(e.rendered());
      err.flush();
      return null;
    }
  }
}
