import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, fictional news corpus with known answers: {@code GenerateCorpus OUT_DIR DOCS [SEED]} writes
 * {@code corpus-DOCS.jsonl} (one document per line: id, source, published, title, text),
 * {@code truth-DOCS.tsv} (kind, key, verdict for every claim key) and {@code scale.claims} (the rules
 * that find the claims). Same seed and size, same bytes.
 *
 * <p>Every "event" is one claim key (a depot and the goods it stores, or a town and its flooded homes),
 * reported by one to four outlets: a single report is SINGLE_SOURCE, reports with the same figure are
 * CORROBORATED (written as "1,240", "1240" or "about 1,240", which all agree within 5%), and reports whose
 * figures are at least 30% apart are CONFLICTING (every figure is the outlet's own assertion). Claim
 * sentences sit among filler sentences that match no pattern, about half the text, as in real reports.
 */
public final class GenerateCorpus {
  static final int CLAIMS_PER_DOCUMENT = 5;
  static final int OUTLETS = 40;

  enum Truth { SINGLE_SOURCE, CORROBORATED, CONFLICTING }

  record Event(String kind, String place, String thing, Truth truth, List<Integer> outlets, List<Long> values) {
    String key() {
      return kind.equals("Stock")
          ? "depot=" + place.toLowerCase(Locale.ROOT) + ", goods=" + thing.toLowerCase(Locale.ROOT)
          : "town=" + place.toLowerCase(Locale.ROOT) + ", homes=" + thing.toLowerCase(Locale.ROOT);
    }
  }

  record Report(Event event, long value) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
    Files.createDirectories(out);
    Names names = new Names(new Random(seed));
    Files.writeString(out.resolve("scale.claims"), rules(names), StandardCharsets.UTF_8);
    generate(out, documents, new Random(seed * 31 + documents), names);
  }

  static void generate(Path out, int documents, Random random, Names names) throws IOException {
    List<List<Report>> byOutlet = new ArrayList<>();
    for (int i = 0; i < OUTLETS; i++) {
      byOutlet.add(new ArrayList<>());
    }
    Set<String> usedKeys = new LinkedHashSet<>();
    List<Event> events = new ArrayList<>();
    int wanted = documents * CLAIMS_PER_DOCUMENT;
    int placed = 0;
    while (placed < wanted) {
      Event event = event(random, names, usedKeys);
      events.add(event);
      for (int i = 0; i < event.outlets().size(); i++) {
        byOutlet.get(event.outlets().get(i)).add(new Report(event, event.values().get(i)));
        placed++;
      }
    }
    try (BufferedWriter truth = Files.newBufferedWriter(out.resolve("truth-" + documents + ".tsv"))) {
      for (Event e : events) {
        truth.write(e.kind() + "\t" + e.key() + "\t" + e.truth() + "\n");
      }
    }
    // each outlet's reports, shuffled, in documents of five claims; documents interleave outlets
    record Doc(int outlet, List<Report> reports) {}
    List<Doc> docs = new ArrayList<>();
    for (int outlet = 0; outlet < OUTLETS; outlet++) {
      List<Report> reports = byOutlet.get(outlet);
      Collections.shuffle(reports, random);
      for (int i = 0; i < reports.size(); i += CLAIMS_PER_DOCUMENT) {
        docs.add(new Doc(outlet, reports.subList(i, Math.min(reports.size(), i + CLAIMS_PER_DOCUMENT))));
      }
    }
    Collections.shuffle(docs, random);
    try (BufferedWriter corpus = Files.newBufferedWriter(out.resolve("corpus-" + documents + ".jsonl"))) {
      int id = 0;
      for (Doc doc : docs) {
        corpus.write(document(random, names, "d" + (id++), doc.outlet(), doc.reports()));
        corpus.write('\n');
      }
    }
  }

  private static Event event(Random random, Names names, Set<String> usedKeys) {
    while (true) {
      boolean stock = random.nextBoolean();
      String place = stock ? names.depot(random) : names.town(random);
      String thing = stock ? names.goods(random) : names.street(random);
      String kind = stock ? "Stock" : "Flooded";
      Truth truth = switch (random.nextInt(10)) {
        case 0, 1, 2 -> Truth.SINGLE_SOURCE;
        case 3, 4, 5, 6 -> Truth.CORROBORATED;
        default -> Truth.CONFLICTING;
      };
      int count = truth == Truth.SINGLE_SOURCE ? 1 : 2 + random.nextInt(3);
      List<Integer> outlets = new ArrayList<>();
      while (outlets.size() < count) {
        int o = random.nextInt(OUTLETS);
        if (!outlets.contains(o)) {
          outlets.add(o);
        }
      }
      long base = 20 + random.nextInt(9_000);
      List<Long> values = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        // conflicting figures step up by 30-60%, far outside the 5% tolerance and any hedge
        values.add(truth == Truth.CONFLICTING && i > 0 ? values.get(i - 1) * (130 + random.nextInt(31)) / 100 : base);
      }
      Event event = new Event(kind, place, thing, truth, outlets, values);
      if (usedKeys.add(event.key())) {
        return event;
      }
    }
  }

  private static String document(Random random, Names names, String id, int outlet, List<Report> reports) {
    StringBuilder text = new StringBuilder();
    for (Report r : reports) {
      text.append(filler(random, names)).append(' ');
      text.append(claimSentence(random, r)).append(' ');
    }
    text.append(filler(random, names));
    String title = "Supplies and storms: round-up " + id;
    return "{\"id\":\"" + id + "\",\"source\":\"" + names.outlet(outlet) + "\",\"published\":\"2026-03-"
        + String.format("%02d", 1 + random.nextInt(28)) + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
  }

  private static String claimSentence(Random random, Report r) {
    Event e = r.event();
    String figure = figure(random, r.value(), e.truth() == Truth.CORROBORATED);
    if (e.kind().equals("Stock")) {
      return switch (random.nextInt(2)) {
        case 0 -> "The " + e.place() + " depot holds " + figure + " " + e.thing() + ".";
        default -> "Inspectors found that the " + e.place() + " depot holds " + figure + " " + e.thing() + " this week.";
      };
    }
    return switch (random.nextInt(2)) {
      case 0 -> "In " + e.place() + ", " + figure + " homes on " + e.thing() + " Street were flooded.";
      default -> "After the storm in " + e.place() + ", " + figure + " homes on " + e.thing() + " Street were flooded overnight.";
    };
  }

  /** The same figure in the forms outlets use; hedged only where agreement is expected anyway. */
  private static String figure(Random random, long value, boolean mayHedge) {
    int form = random.nextInt(mayHedge ? 3 : 2);
    String grouped = String.format(Locale.ROOT, "%,d", value);
    return switch (form) {
      case 0 -> grouped;
      case 1 -> Long.toString(value);
      default -> "about " + grouped;
    };
  }

  private static final String[] FILLER = {
    "Trucks queued outside the gates for most of the morning.",
    "Local officials met with residents at the community hall.",
    "The weather service expects calmer conditions by the weekend.",
    "Volunteers handed out blankets and hot drinks near the old market.",
    "Several roads remained closed while crews cleared debris.",
    "Shop owners said business had slowed since the start of the month.",
    "A spokesperson for the regional council declined to comment further.",
    "The next inspection is scheduled for later in the season.",
  };

  private static String filler(Random random, Names names) {
    return FILLER[random.nextInt(FILLER.length)];
  }

  static String rules(Names names) {
    StringBuilder out = new StringBuilder();
    out.append("# Generated by bench/scale/GenerateCorpus.java: the rules for its fictional corpus.\n");
    out.append("ruleset scale\n\n");
    out.append("lexicon Depots {\n  ").append(String.join(", ", names.depots)).append("\n}\n\n");
    out.append("lexicon Goods {\n  ").append(String.join(", ", names.goods)).append("\n}\n\n");
    out.append("lexicon Towns {\n  ").append(String.join(", ", names.towns)).append("\n}\n\n");
    out.append("lexicon Streets {\n  ").append(String.join(", ", names.streets)).append("\n}\n\n");
    out.append("""
        claim Stock(depot: Depots, goods: Goods) value count: QUANTITY {
          pattern depot:Depots "depot" "holds" count:QUANTITY goods:Goods
        }

        claim Flooded(town: Towns, homes: Streets) value count: QUANTITY {
          pattern "in" town:Towns ","? count:QUANTITY "homes" "on" homes:Streets "Street" "were" "flooded"
        }

        agree Stock when count overlaps within 5%
        agree Flooded when count overlaps within 5%
        """);
    return out.toString();
  }

  /** Invented words from syllables: fictional depots, goods, towns, streets and outlets, all distinct. */
  static final class Names {
    final List<String> depots;
    final List<String> goods;
    final List<String> towns;
    final List<String> streets;
    private final List<String> outlets;

    Names(Random random) {
      Set<String> used = new LinkedHashSet<>();
      depots = words(random, used, 600, true, "");
      goods = words(random, used, 400, false, "s");
      towns = words(random, used, 600, true, "");
      streets = words(random, used, 400, true, "");
      outlets = new ArrayList<>();
      for (String w : words(random, used, OUTLETS, true, "")) {
        outlets.add("The " + w + " Courier");
      }
    }

    private static final String[] ONSETS = {"b", "br", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
    private static final String[] CODAS = {"", "n", "r", "l", "m", "sk", "nd", "rt"};

    private static List<String> words(Random random, Set<String> used, int count, boolean capital, String suffix) {
      List<String> out = new ArrayList<>();
      while (out.size() < count) {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
          w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        w.append(CODAS[random.nextInt(CODAS.length)]).append(suffix);
        String word = capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
        if (used.add(word.toLowerCase(Locale.ROOT))) {
          out.add(word);
        }
      }
      return out;
    }

    String depot(Random r) { return depots.get(r.nextInt(depots.size())); }
    String goods(Random r) { return goods.get(r.nextInt(goods.size())); }
    String town(Random r) { return towns.get(r.nextInt(towns.size())); }
    String street(Random r) { return streets.get(r.nextInt(streets.size())); }
    String outlet(int i) { return outlets.get(i); }
  }
}
