import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the rule files the language benchmarks read: {@code kinds-N.claims} with N claim kinds, each
 * with a pattern, an agreement policy and a custom rule, and {@code lines-N.claims} of about N lines.
 * Deterministic: the same arguments always give the same files.
 */
public final class GenerateRules {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int n : new int[] {10, 100, 1000}) {
      Files.writeString(dir.resolve("kinds-" + n + ".claims"), kinds(n));
    }
    Files.writeString(dir.resolve("lines-10000.claims"), kinds(1430));
  }

  /** Seven lines per kind: claim (3), agree (1), rule (3). */
  static String kinds(int n) {
    StringBuilder out = new StringBuilder("ruleset bench\n\nlexicon Things { widgets, gadgets, \"spare parts\" => parts }\n\n");
    for (int i = 0; i < n; i++) {
      out.append("claim Kind").append(i).append("(what: Things) value count: QUANTITY {\n")
          .append("  pattern count:QUANTITY what:Things \"seen").append(i).append("\" ...{0,3} (\"today\" | \"yesterday\")?\n")
          .append("}\n")
          .append("agree Kind").append(i).append(" when count overlaps within 5%\n")
          .append("rule \"rule ").append(i).append("\" severity low\n")
          .append("  when a: Kind").append(i).append(", b: Kind").append(i)
          .append(", same key, a.source != b.source, not agree(a, b)\n")
          .append("  then verdict ODD").append(i).append(" \"{a.source} vs {b.source}\"\n");
    }
    return out.toString();
  }
}
