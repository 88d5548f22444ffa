import io.corroborate.Corroborate;
import io.corroborate.RuleSet;
import io.corroborate.lang.RuleParser;
import io.corroborate.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One measurement in a fresh JVM (the caller repeats it): {@code parse FILE} times parsing alone,
 * {@code compile FILE} times check + compile (the Drools rule base included) of a rule file.
 * Prints "first" (cold: class loading, JIT) and "again" (the same work in the same JVM) in ms.
 */
public final class LangBench {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    String text = Files.readString(file);
    long[] times = new long[2];
    for (int round = 0; round < 2; round++) {
      long t0 = System.nanoTime();
      if (args[0].equals("parse")) {
        int declarations = RuleParser.parse(new SourceFile(file.toString(), text)).file().declarations().size();
        if (declarations == 0) throw new IllegalStateException("nothing parsed");
      } else {
        RuleSet rules = Corroborate.compile(List.of(file)); // parse, check, DRL, Drools rule base, matchers
        if (rules.claimKinds().isEmpty()) throw new IllegalStateException("nothing compiled");
      }
      times[round] = (System.nanoTime() - t0) / 1_000_000;
    }
    System.out.printf("%s %s lines=%d first_ms=%d again_ms=%d%n", args[0], file.getFileName(),
        text.split("\n", -1).length - 1, times[0], times[1]);
  }
}
