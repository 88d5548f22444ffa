package io.corroborate.engine;

import io.corroborate.Claim;
import io.corroborate.Value;
import io.corroborate.check.CheckedRuleSet;
import io.corroborate.check.Checker;
import io.corroborate.check.ClaimKind;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.RuleSetCompiler;
import io.corroborate.extract.ExtractedClaim;
import io.corroborate.lang.RuleSetLoader;
import io.corroborate.text.Dimension;
import io.corroborate.text.Quantity;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.KieSession;

/**
 * Claims to verdicts, without text: {@code VerdictBench CLAIMS PER_KEY} makes CLAIMS synthetic claims,
 * PER_KEY to a key, each from its own outlet and document, inserts them into one Drools session of a
 * one-kind rule set and fires, as {@link EvaluationSession#finish} does (key facts in batches). Every
 * third key (with more than one claim) has one figure 50% off: CONFLICTING; the others CORROBORATED; one
 * claim per key: SINGLE_SOURCE. The verdicts are counted and checked (exit 3 if wrong). Besides the
 * process CPU it prints the evaluating thread's CPU ({@code main_cpu_ms}, without the GC and JIT threads:
 * steadier on a loaded machine, so before/after comparisons read it) and the collectors' time ({@code gc_ms}).
 *
 * <p>A bench-only class in the engine package (compiled from bench/engine against the jar): it feeds the
 * session the same facts {@link Evaluator} does ({@link ClaimFacts}, {@link SessionOutcomes}), from claims
 * built directly rather than read through {@code StructuredClaims}, to time the rule engine alone.
 */
public final class VerdictBench {
  private static final String RULES = """
      lexicon Items { widgets }
      claim Count(item: TEXT) value count: QUANTITY {
        pattern count:QUANTITY item:Items "counted"
      }
      agree Count when count overlaps within 5%
      """;

  public static void main(String[] args) {
    int total = Integer.parseInt(args[0]);
    int perKey = Integer.parseInt(args[1]);
    RuleSetLoader.Result loaded = RuleSetLoader.loadText("bench.claims", RULES);
    CheckedRuleSet checked = Checker.check(loaded.files(), loaded.diagnostics()).ruleSet();
    if (checked == null) {
      throw new IllegalStateException("the bench rules do not check: " + Checker.check(loaded.files(), loaded.diagnostics()).diagnostics());
    }
    CompiledRuleSet rules = RuleSetCompiler.compile(checked).ruleSet();
    ClaimKind kind = checked.kinds().get("Count");

    Map<Integer, ExtractedClaim> claims = new LinkedHashMap<>();
    Map<String, Integer> expected = new TreeMap<>();
    int keys = total / perKey;
    // one name per outlet, as documents of one outlet share it
    String[] outlets = java.util.stream.IntStream.range(0, perKey).mapToObj(i -> "outlet" + i).toArray(String[]::new);
    for (int k = 0; k < keys; k++) {
      boolean conflict = perKey > 1 && k % 3 == 0;
      expected.merge(perKey == 1 ? "SINGLE_SOURCE" : conflict ? "CONFLICTING" : "CORROBORATED", 1, Integer::sum);
      for (int i = 0; i < perKey; i++) {
        double value = 100 + k % 1000 + (conflict && i == perKey - 1 ? 500 : 0);
        int id = claims.size() + 1;
        claims.put(id, claim(id, kind, "k" + k, outlets[i], value));
      }
    }
    long heapBefore = usedHeap();
    histogram("input claims built");
    long cpu0 = cpu();
    long thread0 = threadCpu();
    long gc0 = gcMillis();
    long t0 = System.nanoTime();
    SessionOutcomes outcomes = new SessionOutcomes(rules, claims);
    KieSession session = rules.kieBase().newKieSession();
    try {
      session.setGlobal("outcomes", outcomes);
      ClaimFacts.insertAndFire(session, rules.generated(), claims.values());
      long t2 = System.nanoTime();
      // before the forced collection that measures the heap: that full GC (about 1.7 s at 1M claims, on
      // every GC thread) is the bench's, not the evaluation's
      long cpu2 = cpu();
      long thread2 = threadCpu();
      long gc2 = gcMillis();
      long heapWith = usedHeap();
      histogram("after firing");
      Map<String, Integer> found = new TreeMap<>();
      outcomes.verdicts().stream().filter(v -> v.speaker() == null).forEach(v -> found.merge(v.label(), 1, Integer::sum));
      boolean ok = found.equals(expected);
      System.out.printf(java.util.Locale.ROOT,
          "RESULT claims=%d per_key=%d keys=%d total_ms=%d cpu_ms=%d main_cpu_ms=%d gc_ms=%d heap_MB=%d "
              + "max_heap_MB=%d verdicts=%s expected=%s %s%n",
          total, perKey, keys, (t2 - t0) / 1_000_000,
          (cpu2 - cpu0) / 1_000_000, (thread2 - thread0) / 1_000_000, gc2 - gc0, (heapWith - heapBefore) >> 20, Runtime.getRuntime().maxMemory() >> 20,
          found, expected, ok ? "OK" : "WRONG");
      System.exit(ok ? 0 : 3);
    } finally {
      session.dispose();
    }
  }

  private static ExtractedClaim claim(int id, ClaimKind kind, String key, String outlet, double value) {
    Quantity q = Quantity.exact(value, "", Dimension.COUNT);
    Map<String, Object> slots = new HashMap<>();
    slots.put("item", key);
    slots.put("count", value);
    String text = (long) value + " widgets counted";
    Claim claim = new Claim("Count", "item=" + key, "doc-" + outlet + "-" + key, outlet, null, 0, 0, text.length(), text,
        new Value(value, value, "", "exact", Long.toString((long) value)));
    return new ExtractedClaim(id, kind, slots, q, Long.toString((long) value), claim);
  }

  /** With {@code -Dbench.histogram=N}: the N biggest classes on the heap, to stderr (what holds the memory). */
  private static void histogram(String when) {
    int top = Integer.getInteger("bench.histogram", 0);
    if (top == 0) {
      return;
    }
    try {
      Object text = ManagementFactory.getPlatformMBeanServer().invoke(
          new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {null}, new String[] {String[].class.getName()});
      System.err.println("heap histogram, " + when + ":");
      ((String) text).lines().limit(top + 3L).forEach(System.err::println);
    } catch (javax.management.JMException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long usedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** CPU of the thread that evaluates, without the GC and JIT threads: steadier than the process's under load. */
  private static long threadCpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Time the collectors report (pauses and, for G1, concurrent work), for the young collections of firing. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
