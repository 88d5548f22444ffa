package io.corroborate.compile;

import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderErrors;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds a Drools rule base from generated DRL (the classic path: for DRL made at run time it compiles
 * several times faster than the executable model, see BUILD-NOTES), or loads its packages from the
 * {@link RuleBaseCache}. Drools errors after a passing check are compiler bugs; they are still mapped
 * back to the rule that caused them.
 */
public final class RuleBaseBuilder {
  private RuleBaseBuilder() {}

  /** The rule base, or the diagnostics that prevented it; {@code cached} when it was loaded, not built. */
  public record Result(KieBase kieBase, List<Diagnostic> diagnostics, boolean cached) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    Result(KieBase kieBase, List<Diagnostic> diagnostics) {
      this(kieBase, diagnostics, false);
    }
  }

  /** The rule base, from the cache the environment names when it holds these rules. */
  public static Result build(GeneratedRules rules) {
    return build(rules, RuleBaseCache.fromEnvironment());
  }

  /**
   * The rule base, loaded from {@code cache} when it holds packages for exactly this DRL, otherwise
   * built (and then stored there). Without a cache every call builds.
   */
  public static Result build(GeneratedRules rules, Optional<RuleBaseCache> cache) {
    String key = cache.isPresent() ? RuleBaseCache.key(rules.drl()) : null;
    Optional<KieBase> cached = cache.flatMap(c -> c.load(key)).flatMap(p -> assemble(p, rules));
    if (cached.isPresent()) {
      return new Result(cached.get(), List.of(), true);
    }
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    // the path's folders match the DRL package, which keeps Drools from warning on every build
    builder.add(ResourceFactory.newByteArrayResource(rules.drl().getBytes(StandardCharsets.UTF_8))
        .setSourcePath(DrlGenerator.PACKAGE.replace('.', '/') + "/rules.drl"), ResourceType.DRL);
    if (builder.hasErrors()) {
      return new Result(null, diagnostics(builder.getErrors(), rules));
    }
    Collection<KiePackage> packages = builder.getKnowledgePackages();
    // stored before the rule base takes the packages over, so the entry is the packages as built
    cache.ifPresent(c -> c.store(key, packages));
    return new Result(newBase(packages, rules), List.of());
  }

  /** A rule base from stored packages, or empty if they no longer fit this program. */
  private static Optional<KieBase> assemble(Collection<KiePackage> packages, GeneratedRules rules) {
    try {
      return Optional.of(newBase(packages, rules));
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static KieBase newBase(Collection<KiePackage> packages, GeneratedRules rules) {
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(packages);
    BuiltinConsequences.install(base, rules.builtins());
    return base;
  }

  private static List<Diagnostic> diagnostics(KnowledgeBuilderErrors errors, GeneratedRules rules) {
    String[] lines = rules.drl().split("\n", -1);
    List<Diagnostic> out = new ArrayList<>();
    for (KnowledgeBuilderError error : errors) {
      int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
      String ruleName = enclosingRule(lines, line);
      SourceSpan span = ruleName == null ? null : rules.origins().get(ruleName);
      String message = "internal error: the rule base did not compile: " + firstLine(error.getMessage());
      Diagnostic d = span != null
          ? Diagnostic.error(ErrorCode.K001, span, message)
          : Diagnostic.about(ErrorCode.K001, "generated rules line " + line, message);
      out.add(d.withHelp("this is a bug in Corroborate, not in your rules; please report it with the rule file"));
    }
    return out;
  }

  private static String enclosingRule(String[] lines, int line) {
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      String text = lines[i];
      if (text.startsWith("rule \"")) {
        int end = text.lastIndexOf("\" salience");
        return end > 6 ? unescape(text.substring(6, end)) : null;
      }
    }
    return null;
  }

  private static String unescape(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length()) {
        char n = quoted.charAt(++i);
        if (n == 'u' && i + 4 < quoted.length()) {
          out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }
}
