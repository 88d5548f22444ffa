import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code RealCorpus SHARED OUT_DIR MEGABYTES}: the real texts under SHARED (seeds/, data/wikiref-news,
 * the sentences of data/stanford-negated-contradictions) as event groups, one JSONL file per group,
 * repeated with fresh document ids until the text reaches MEGABYTES. A group is what one evaluation
 * sees: the seeds are one event, a WikiRef topic ("ParisAttacks2015 (3)" belongs to ParisAttacks2015)
 * is one, and every 25 Stanford pairs make one. data/flights-truth is a table, not prose: left out.
 * Generated at run time under target/; nothing of it is committed.
 */
public final class RealCorpus {
  record Doc(String name, String text) {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long wanted = Long.parseLong(args[2]) * 1_000_000L;
    Map<String, List<Doc>> groups = new LinkedHashMap<>();
    for (Path p : files(shared.resolve("seeds"))) {
      groups.computeIfAbsent("seeds", k -> new ArrayList<>()).add(new Doc(stem(p), read(p)));
    }
    for (Path p : files(shared.resolve("data/wikiref-news/WikiRef220"))) {
      String topic = stem(p).replaceAll(" \\(\\d+\\)$", "").replaceAll("\\.\\d+$", "");
      groups.computeIfAbsent("wikiref-" + topic, k -> new ArrayList<>()).add(new Doc(stem(p), read(p)));
    }
    Path stanford = shared.resolve("data/stanford-negated-contradictions/contradiction_dev_data.xml");
    if (Files.exists(stanford)) {
      Matcher m = Pattern.compile("<pair id=\"(\\d+)\"[^>]*>\\s*<t>(.*?)</t>\\s*<h>(.*?)</h>", Pattern.DOTALL)
          .matcher(read(stanford));
      int pairs = 0;
      while (m.find()) {
        List<Doc> group = groups.computeIfAbsent("stanford-" + (pairs++ / 25), k -> new ArrayList<>());
        group.add(new Doc("pair" + m.group(1) + "-t", unescape(m.group(2))));
        group.add(new Doc("pair" + m.group(1) + "-h", unescape(m.group(3))));
      }
    }
    Files.createDirectories(out);
    long written = 0;
    int files = 0;
    for (int rep = 0; written < wanted; rep++) {
      for (Map.Entry<String, List<Doc>> group : groups.entrySet()) {
        Path file = out.resolve(String.format("r%03d-%s.jsonl", rep, group.getKey().replaceAll("[^A-Za-z0-9.-]", "_")));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          for (Doc d : group.getValue()) {
            w.write("{\"id\":" + json("r" + rep + "-" + d.name()) + ",\"text\":" + json(d.text()) + "}\n");
            written += d.text().getBytes(StandardCharsets.UTF_8).length;
          }
        }
        files++;
      }
    }
    System.out.printf("groups per repetition=%d files=%d MB=%.1f%n", groups.size(), files, written / 1e6);
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static String stem(Path p) {
    String name = p.getFileName().toString();
    return name.substring(0, name.length() - 4);
  }

  /** UTF-8 when it is valid, else windows-1252 (the WikiRef files), as the CLI reads them. */
  private static String read(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
