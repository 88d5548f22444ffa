import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick: what a hand-written program does for the generated corpus with java.util.regex and a
 * HashMap, nothing else. {@code Baseline RULES CORPUS.jsonl TRUTH.tsv} reads the lexicons from the rule
 * file, extracts both claim kinds with one regular expression each, groups them by key and gives each
 * key the verdict Corroborate's built-in policy would (5% tolerance, "about" as +-5%, one outlet =
 * single source). It knows nothing of attribution, hedges beyond "about", dates, sentences or findings,
 * which is the point: the ratio to it is the cost of the general machinery. Exits 3 on a wrong verdict.
 */
public final class Baseline {
  private static final Pattern FIELD = Pattern.compile("\"(source|text)\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final String FIGURE = "((?:about )?[0-9][0-9,]*)";
  private static final Pattern STOCK = Pattern.compile("\\b(\\p{Lu}\\p{L}*) depot holds " + FIGURE + " (\\p{L}+)\\b");
  private static final Pattern FLOODED =
      Pattern.compile("\\b[Ii]n (\\p{Lu}\\p{L}*),? " + FIGURE + " homes on (\\p{Lu}\\p{L}*) Street were flooded\\b");

  record Report(String outlet, double low, double high) {}

  public static void main(String[] args) throws Exception {
    Map<String, Set<String>> lexicons = lexicons(Files.readString(Path.of(args[0])));
    List<String[]> documents = new ArrayList<>();
    long bytes = 0;
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      Matcher m = FIELD.matcher(line);
      String source = null;
      String text = null;
      while (m.find()) {
        if (m.group(1).equals("source")) {
          source = m.group(2);
        } else {
          text = m.group(2);
        }
      }
      documents.add(new String[] {source, text});
      bytes += text.length();
    }
    long cpu0 = cpu();
    long t0 = System.nanoTime();
    Map<String, List<Report>> byKey = new HashMap<>();
    int claims = 0;
    for (String[] doc : documents) {
      claims += extract(STOCK, "Stock", "depot", "goods", lexicons.get("Depots"), lexicons.get("Goods"), doc, byKey);
      claims += extract(FLOODED, "Flooded", "town", "homes", lexicons.get("Towns"), lexicons.get("Streets"), doc, byKey);
    }
    Map<String, String> verdicts = new HashMap<>();
    byKey.forEach((key, reports) -> verdicts.put(key, verdict(reports)));
    long wall = System.nanoTime() - t0;
    long cpu = cpu() - cpu0;

    int wrong = 0;
    int missing = 0;
    List<String> truth = Files.readAllLines(Path.of(args[2]));
    for (String line : truth) {
      String[] f = line.split("\t");
      String got = verdicts.remove(f[0] + "\t" + f[1]);
      if (got == null) {
        missing++;
      } else if (!got.equals(f[2])) {
        wrong++;
      }
    }
    System.out.printf(Locale.ROOT,
        "RESULT baseline docs=%d MB=%.2f claims=%d keys=%d evaluate_ms=%d us_per_doc=%.1f MBps=%.2f cpu_ms=%d "
            + "us_cpu_per_doc=%.1f MBps_per_core=%.2f correct=%d wrong=%d missing=%d extra=%d%n",
        documents.size(), bytes / 1e6, claims, truth.size(), wall / 1_000_000, wall / 1e3 / documents.size(),
        bytes / 1e6 / (wall / 1e9), cpu / 1_000_000, cpu / 1e3 / documents.size(), bytes / 1e6 / (cpu / 1e9),
        truth.size() - wrong - missing, wrong, missing, verdicts.size());
    System.exit(wrong + missing + verdicts.size() == 0 ? 0 : 3);
  }

  private static int extract(Pattern pattern, String kind, String first, String second, Set<String> firstWords,
      Set<String> secondWords, String[] doc, Map<String, List<Report>> byKey) {
    int found = 0;
    Matcher m = pattern.matcher(doc[1]);
    while (m.find()) {
      String a = m.group(1).toLowerCase(Locale.ROOT);
      String b = m.group(3).toLowerCase(Locale.ROOT);
      if (!firstWords.contains(a) || !secondWords.contains(b)) {
        continue;
      }
      String figure = m.group(2);
      boolean about = figure.startsWith("about ");
      double value = Double.parseDouble((about ? figure.substring(6) : figure).replace(",", ""));
      double spread = about ? value * 0.05 : 0;
      byKey.computeIfAbsent(kind + "\t" + first + "=" + a + ", " + second + "=" + b, k -> new ArrayList<>())
          .add(new Report(doc[0], value - spread, value + spread));
      found++;
    }
    return found;
  }

  /** Two figures agree when their intervals, each widened by 5%, overlap. */
  private static String verdict(List<Report> reports) {
    Set<String> outlets = new HashSet<>();
    reports.forEach(r -> outlets.add(r.outlet()));
    for (Report a : reports) {
      for (Report b : reports) {
        if (a.low() * 0.95 > b.high() * 1.05 || b.low() * 0.95 > a.high() * 1.05) {
          return "CONFLICTING";
        }
      }
    }
    return outlets.size() == 1 ? "SINGLE_SOURCE" : "CORROBORATED";
  }

  private static Map<String, Set<String>> lexicons(String rules) {
    Map<String, Set<String>> out = new HashMap<>();
    Matcher m = Pattern.compile("lexicon (\\w+) \\{([^}]*)\\}").matcher(rules);
    while (m.find()) {
      Set<String> words = new HashSet<>();
      for (String w : m.group(2).split(",")) {
        words.add(w.trim().toLowerCase(Locale.ROOT));
      }
      out.put(m.group(1), words);
    }
    return out;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
