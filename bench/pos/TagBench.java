import io.corroborate.text.PosTagger;
import io.corroborate.text.Sentence;
import io.corroborate.text.TextAnalyzer;
import io.corroborate.text.Token;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code TagBench ROUNDS TAGS_OUT DIR...}: part-of-speech tags every sentence of the text files under the
 * DIRs, ROUNDS times in one JVM, and prints one RESULT line per round (microseconds per sentence, wall and
 * CPU of the process); then writes the tags, one sentence a line, to TAGS_OUT, so that two builds can be
 * compared byte for byte.
 */
public final class TagBench {
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<List<Token>> sentences = new ArrayList<>();
    for (int a = 2; a < args.length; a++) {
      try (Stream<Path> files = Files.walk(Path.of(args[a]))) {
        for (Path file : files.filter(Files::isRegularFile).filter(TagBench::isText).sorted().toList()) {
          String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          TextAnalyzer.analyze(text, 0.05, null).sentences().forEach(s -> sentences.add(s.tokens()));
        }
      }
    }
    var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 1; r <= rounds; r++) {
      long wall = System.nanoTime();
      long cpu = bean.getProcessCpuTime();
      long tokens = 0;
      for (List<Token> s : sentences) {
        tokens += PosTagger.tags(s).length;
      }
      double n = sentences.size();
      System.out.printf("RESULT round=%d sentences=%d tokens=%d us_per_sentence=%.1f cpu_us_per_sentence=%.1f%n", r,
          sentences.size(), tokens, (System.nanoTime() - wall) / 1e3 / n, (bean.getProcessCpuTime() - cpu) / 1e3 / n);
    }
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
      for (List<Token> s : sentences) {
        out.write(String.join(" ", PosTagger.tags(s)));
        out.newLine();
      }
    }
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".txt") || name.endsWith(".xml") || name.endsWith(".csv") || name.endsWith(".json");
  }
}
