import io.corroborate.Corroborate;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.input.DocumentReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code E2EBench RULES... -- GROUP_DIR}: compiles the rules once, then reads and evaluates every group
 * file of GROUP_DIR (one evaluation, one Drools session, per event group) and prints one RESULT line:
 * MB of text per wall second and per CPU second (all threads of the process), documents, claims,
 * verdicts and findings. The first pass over the files is a warm-up when WARMUP=1 is given as a
 * system property (-Dwarmup=1); the numbers are for the second pass then.
 */
public final class E2EBench {
  public static void main(String[] args) throws Exception {
    int split = List.of(args).indexOf("--");
    List<Path> rulePaths = Stream.of(args).limit(split).map(Path::of).toList();
    Path dir = Path.of(args[split + 1]);
    long c0 = System.nanoTime();
    RuleSet rules = Corroborate.compile(rulePaths);
    long compileMs = (System.nanoTime() - c0) / 1_000_000;
    List<Path> groups;
    try (Stream<Path> s = Files.list(dir)) {
      groups = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    int passes = Integer.getInteger("warmup", 0) + 1;
    for (int pass = 0; pass < passes; pass++) {
      long bytes = 0, docs = 0, claims = 0, verdicts = 0, findings = 0, readNs = 0, evalNs = 0, evalCpu = 0;
      long cpu0 = cpu();
      long t0 = System.nanoTime();
      for (Path group : groups) {
        long r0 = System.nanoTime();
        DocumentReader.Result input = Corroborate.readDocuments(List.of(group));
        long r1 = System.nanoTime();
        long e0 = cpu();
        Report report = rules.evaluate(input.documents(), input.problems());
        evalCpu += cpu() - e0;
        evalNs += System.nanoTime() - r1;
        readNs += r1 - r0;
        bytes += input.documents().stream().mapToLong(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        docs += input.documents().size();
        claims += report.claims().size();
        verdicts += report.verdicts().size();
        findings += report.findings().size();
      }
      long wall = System.nanoTime() - t0;
      long cpu = cpu() - cpu0;
      if (pass == passes - 1) {
        System.out.printf(java.util.Locale.ROOT,
            "RESULT groups=%d docs=%d MB=%.1f claims=%d verdicts=%d findings=%d compile_ms=%d read_ms=%d evaluate_ms=%d "
                + "wall_ms=%d cpu_ms=%d eval_cpu_ms=%d MBps=%.2f MBps_per_core=%.2f eval_MBps_per_core=%.2f%n",
            groups.size(), docs, bytes / 1e6, claims, verdicts, findings, compileMs, readNs / 1_000_000,
            evalNs / 1_000_000, wall / 1_000_000, cpu / 1_000_000, evalCpu / 1_000_000, bytes / 1e6 / (wall / 1e9),
            bytes / 1e6 / (cpu / 1e9), bytes / 1e6 / (evalCpu / 1e9));
      }
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
