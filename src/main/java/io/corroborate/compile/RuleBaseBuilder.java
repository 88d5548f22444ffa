package io.corroborate.compile;

import io.corroborate.source.Diagnostic;
import io.corroborate.source.ErrorCode;
import io.corroborate.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.drools.compiler.kie.builder.impl.DrlProject;

/**
 * Builds a Drools rule base from generated DRL (the classic path: for DRL made at run time it compiles
 * several times faster than the executable model, see BUILD-NOTES). Drools errors after a passing check
 * are compiler bugs; they are still mapped back to the rule that caused them.
 */
public final class RuleBaseBuilder {
  private RuleBaseBuilder() {}

  /** The rule base, or the diagnostics that prevented it. */
  public record Result(KieBase kieBase, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public static Result build(GeneratedRules rules) {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    // the folder matches the DRL package, which keeps Drools from warning on every build
    files.write("src/main/resources/" + DrlGenerator.PACKAGE.replace('.', '/') + "/rules.drl", rules.drl());
    KieBuilder builder = services.newKieBuilder(files).buildAll(DrlProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      return new Result(null, diagnostics(errors, rules));
    }
    KieBase base = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
    return new Result(base, List.of());
  }

  private static List<Diagnostic> diagnostics(List<Message> errors, GeneratedRules rules) {
    String[] lines = rules.drl().split("\n", -1);
    List<Diagnostic> out = new ArrayList<>();
    for (Message error : errors) {
      String ruleName = enclosingRule(lines, error.getLine());
      SourceSpan span = ruleName == null ? null : rules.origins().get(ruleName);
      String message = "internal error: the rule base did not compile: " + firstLine(error.getText());
      Diagnostic d = span != null
          ? Diagnostic.error(ErrorCode.K001, span, message)
          : Diagnostic.about(ErrorCode.K001, "generated rules line " + error.getLine(), message);
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
