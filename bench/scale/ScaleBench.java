import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.Verdict;
import io.corroborate.input.DocumentReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ScaleBench RULES CORPUS.jsonl TRUTH.tsv [WARMUP.jsonl]}: compiles the rules, reads the corpus,
 * evaluates WARMUP first when given (so every size is measured with the JIT warm: steady-state cost
 * per document, comparable between sizes), then evaluates the corpus
 * as one event group (one Drools session) and checks every key's verdict against the generator's
 * ground truth. Prints one RESULT line; exits 3 if any verdict is wrong, missing or extra, so a fast
 * wrong answer never passes for a result.
 */
public final class ScaleBench {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    RuleSet rules = Corroborate.compile(List.of(Path.of(args[0])));
    long t1 = System.nanoTime();
    DocumentReader.Result input = Corroborate.readDocuments(List.of(Path.of(args[1])));
    List<Document> documents = input.documents();
    if (args.length > 3) {
      DocumentReader.Result warmup = Corroborate.readDocuments(List.of(Path.of(args[3])));
      rules.evaluate(warmup.documents(), warmup.problems());
    }
    long t2 = System.nanoTime();
    long cpu0 = processCpuNanos();
    Report report = rules.evaluate(documents, input.problems());
    long t3 = System.nanoTime();
    long cpu = processCpuNanos() - cpu0;

    Map<String, String> truth = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      String[] f = line.split("\t");
      truth.put(f[0] + "\t" + f[1], f[2]);
    }
    Map<String, String> found = new HashMap<>();
    for (Verdict v : report.verdicts()) {
      if (v.speaker() == null && found.put(v.claim() + "\t" + v.key(), v.verdict()) != null) {
        found.put(v.claim() + "\t" + v.key(), "TWO VERDICTS");
      }
    }
    int wrong = 0;
    int missing = 0;
    StringBuilder examples = new StringBuilder();
    for (Map.Entry<String, String> t : truth.entrySet()) {
      String got = found.remove(t.getKey());
      if (got == null) {
        missing++;
      } else if (!got.equals(t.getValue())) {
        wrong++;
      }
      if ((got == null || !got.equals(t.getValue())) && examples.length() < 600) {
        examples.append("  ").append(t.getKey()).append(": expected ").append(t.getValue()).append(", got ")
            .append(got).append('\n');
      }
    }
    int extra = found.size();
    long bytes = documents.stream().mapToLong(d -> d.text().length()).sum();
    double evalS = (t3 - t2) / 1e9;
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    System.err.print(examples);
    System.out.printf(java.util.Locale.ROOT,
        "RESULT docs=%d MB=%.2f claims=%d keys=%d compile_ms=%d read_ms=%d evaluate_ms=%d us_per_doc=%.1f MBps=%.2f "
            + "cpu_ms=%d us_cpu_per_doc=%.1f MBps_per_core=%.2f heap_used_MB=%d correct=%d wrong=%d missing=%d extra=%d%n",
        documents.size(), bytes / 1e6, report.claims().size(), truth.size(), (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, evalS * 1e6 / documents.size(), bytes / 1e6 / evalS,
        cpu / 1_000_000, cpu / 1e3 / documents.size(), bytes / 1e6 / (cpu / 1e9), heap.getUsed() >> 20, truth.size() - wrong - missing, wrong, missing, extra);
    System.exit(wrong + missing + extra == 0 ? 0 : 3);
  }

  /** CPU time of the whole process (JIT and GC threads included): on a loaded machine, fairer than wall time. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
