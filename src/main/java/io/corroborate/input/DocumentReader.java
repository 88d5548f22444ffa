package io.corroborate.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.source.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads input documents from files or folders (folders walked in path order):
 *
 * <ul>
 *   <li>{@code .txt}: one document, id = file name without extension, no metadata
 *   <li>{@code .json}: one document object, or an array of them (field names: {@link JsonFields})
 *   <li>{@code .jsonl}: one document object a line
 *   <li>{@code .html}/{@code .htm}: one page, its visible text and metadata ({@link HtmlPage})
 * </ul>
 * Bytes are UTF-8 (a BOM is dropped), else windows-1252 with a warning ({@link TextDecoding}); line ends are
 * normalized to {@code \n} before anything else, so offsets in reports point into the text as reports show
 * it. When no outlet is given, it is inferred from the text where a credit line names it
 * ({@link OutletInference}). A bad document becomes a problem that names it, never an exception.
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private DocumentReader() {}

  /** The documents read, in a stable order, and the problems met. */
  public record Result(List<Document> documents, List<Problem> problems) {
    public Result {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  /** Everything at once: the documents, and every unit's problems in input order. */
  public static Result read(List<Path> paths) {
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    units(paths).forEach(unit -> {
      problems.addAll(unit.problems());
      if (unit instanceof InputUnit.Loaded loaded) {
        documents.add(loaded.document());
      }
    });
    return new Result(documents, problems);
  }

  /**
   * One JSON document held in memory, such as line {@code line} of a JSONL stream read with {@link JsonLines}:
   * problems name {@code file} and the line ("news.jsonl:12").
   */
  public static Result readJsonLine(String file, int line, String json, String fallbackId) {
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (InputUnit unit : new FileReading(file).jsonLine(json, line, fallbackId)) {
      problems.addAll(unit.problems());
      if (unit instanceof InputUnit.Loaded loaded) {
        documents.add(loaded.document());
      }
    }
    return new Result(documents, problems);
  }

  /** Unit by unit, lazily file by file, so a batch can evaluate or report each one and go on. */
  public static Stream<InputUnit> units(List<Path> paths) {
    return paths.stream().flatMap(DocumentReader::unitsOf);
  }

  /** The units of one file; the format follows the extension (anything unknown is plain text). */
  public static List<InputUnit> readFile(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return List.of(FileReading.rejectedFile(path.toString(), "cannot read `" + path + "`: " + e.getMessage()));
    }
    return readBytes(path.toString(), bytes);
  }

  /**
   * The units of bytes received rather than read from disk (an upload, say); {@code name} stands for the
   * file: its extension picks the format, its base name gives default ids, and problems name it.
   */
  public static List<InputUnit> readBytes(String name, byte[] bytes) {
    return new FileReading(name).read(bytes);
  }

  static boolean supported(Path p) {
    return Format.of(p.getFileName().toString()) != Format.OTHER;
  }

  private static Stream<InputUnit> unitsOf(Path path) {
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(DocumentReader::supported).sorted().toList();
      } catch (IOException | java.io.UncheckedIOException e) {
        return Stream.of(FileReading.rejectedFile(path.toString(), "cannot list folder `" + path + "`: "
            + e.getMessage()));
      }
      return files.stream().flatMap(f -> readFile(f).stream());
    }
    if (!Files.exists(path)) {
      return Stream.of(FileReading.rejectedFile(path.toString(), "input `" + path + "` does not exist"));
    }
    return readFile(path).stream();
  }

  enum Format {
    TXT, JSON, JSONL, HTML, OTHER;

    static Format of(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt")) {
        return TXT;
      }
      if (name.endsWith(".jsonl")) {
        return JSONL;
      }
      if (name.endsWith(".json")) {
        return JSON;
      }
      return name.endsWith(".html") || name.endsWith(".htm") ? HTML : OTHER;
    }
  }

  /** Reading one file's bytes into units; a file-level warning goes with the first unit. */
  private static final class FileReading {
    private final String file;
    private final String baseName;
    private final List<InputUnit> units = new ArrayList<>();
    private final List<Problem> pendingWarnings = new ArrayList<>();

    FileReading(String file) {
      this.file = file;
      String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      int dot = name.lastIndexOf('.');
      this.baseName = dot > 0 ? name.substring(0, dot) : name;
    }

    static InputUnit rejectedFile(String file, String message) {
      return new InputUnit.Rejected(file, problem(ErrorCode.X001, message, null, file, 0, 0), List.of());
    }

    List<InputUnit> read(byte[] bytes) {
      Format format = Format.of(file);
      TextDecoding.Decoding decoding = TextDecoding.decode(bytes,
          format == Format.HTML ? HtmlPage.declaredCharset(bytes) : null);
      if (decoding instanceof TextDecoding.Undecodable bad) {
        return List.of(new InputUnit.Rejected(file, problem(ErrorCode.X001, "`" + file + "` cannot be decoded: "
            + bad.reason(), "save it as UTF-8 text", file, 0, 0), List.of()));
      }
      TextDecoding.Decoded decoded = (TextDecoding.Decoded) decoding;
      if (decoded.fallback()) {
        pendingWarnings.add(new Problem("warning", ErrorCode.X001.code(), "`" + file
            + "` is not valid UTF-8; read as windows-1252", "save the file as UTF-8 to be sure of its characters",
            file, 0, 0));
      }
      String text = TextDecoding.normalizeLineEnds(decoded.text());
      switch (format) {
        case JSONL -> jsonLines(text);
        case JSON -> json(text);
        case HTML -> html(text);
        default -> finish(file, 0, "", new Draft(baseName, null, null, null, text, null));
      }
      if (units.isEmpty()) {
        reject(file, 0, 0, ErrorCode.X003, "`" + file + "` holds no documents");
      }
      return List.copyOf(units);
    }

    private void html(String markup) {
      HtmlPage page = HtmlPage.parse(markup);
      finish(file, 0, " (no visible text once markup, scripts and navigation are dropped)",
          new Draft(baseName, page.outlet(), page.published(), page.title(), page.text(), page.url()));
    }

    private void jsonLines(String text) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          int line = i + 1;
          JsonNode node = parse(lines[i], file + ":" + line, "line " + line + " of `" + file + "`", line);
          if (node != null) {
            object(node, file + ":" + line, "line " + line + " of `" + file + "`", line, baseName + "-" + line);
          }
        }
      }
    }

    List<InputUnit> jsonLine(String json, int line, String fallbackId) {
      String where = "line " + line + " of `" + file + "`";
      JsonNode node = parse(json, file + ":" + line, where, line);
      if (node != null) {
        object(node, file + ":" + line, where, line, fallbackId);
      }
      return List.copyOf(units);
    }

    private void json(String text) {
      JsonNode node = parse(text, file, "`" + file + "`", 0);
      if (node == null) {
        return;
      }
      if (!node.isArray()) {
        object(node, file, "`" + file + "`", 0, baseName);
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        object(node.get(i), file + "[" + i + "]", "element " + i + " of `" + file + "`", 0,
            baseName + "-" + (i + 1));
      }
    }

    /**
     * The JSON tree, or null after a problem at the parser's position. {@code line} is the .jsonl line the
     * text came from (0 for a whole .json file, whose positions are the parser's own).
     */
    private JsonNode parse(String json, String origin, String where, int line) {
      try {
        return JSON.readTree(json);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int atLine = line > 0 ? line : at == null ? 0 : Math.max(at.getLineNr(), 0);
        int atColumn = at == null || atLine == 0 ? 0 : Math.max(at.getColumnNr(), 1);
        reject(origin, atLine, atColumn, ErrorCode.X002, "malformed JSON in " + where
            + (atLine > 0 ? " at line " + atLine + ", column " + atColumn : "") + ": " + e.getOriginalMessage());
        return null;
      }
    }

    private void object(JsonNode node, String origin, String where, int line, String fallbackId) {
      if (node == null || !node.isObject()) {
        reject(origin, line, line > 0 ? 1 : 0, ErrorCode.X002, where + " is not a JSON object with a `text` field");
        return;
      }
      String id = JsonFields.scalar(node, JsonFields.ID);
      String name = "document `" + (id == null ? fallbackId : id) + "` (" + where + ")";
      try {
        String text = JsonFields.text(node, JsonFields.TEXT);
        HtmlPage page = null;
        if (text == null) {
          String html = JsonFields.text(node, JsonFields.HTML);
          if (html == null) {
            reject(origin, line, line > 0 ? 1 : 0, ErrorCode.X002, name + " has no text: give `text` (or `body`,"
                + " `content`) as a string, or `html`");
            return;
          }
          page = HtmlPage.parse(html);
          text = page.text();
        }
        finish(origin, line, "", new Draft(id == null ? fallbackId : id,
            orPage(JsonFields.scalar(node, JsonFields.OUTLET), page == null ? null : page.outlet()),
            orPage(JsonFields.scalar(node, JsonFields.PUBLISHED), page == null ? null : page.published()),
            orPage(JsonFields.scalar(node, JsonFields.TITLE), page == null ? null : page.title()),
            TextDecoding.normalizeLineEnds(text),
            orPage(JsonFields.scalar(node, JsonFields.URL), page == null ? null : page.url())));
      } catch (JsonFields.BadDocumentException e) {
        reject(origin, line, line > 0 ? 1 : 0, ErrorCode.X002, name + ": " + e.getMessage());
      }
    }

    private static String orPage(String fromJson, String fromPage) {
      return fromJson != null ? fromJson : fromPage;
    }

    private void finish(String origin, int line, String emptyReason, Draft draft) {
      if (draft.text().isBlank()) {
        String where = origin.equals(file) ? "`" + file + "`" : origin;
        reject(origin, line, line > 0 ? 1 : 0, ErrorCode.X003, "document `" + draft.id() + "` in " + where
            + " is empty" + emptyReason);
        return;
      }
      Document document = new Document(draft.id(), draft.source(), draft.published(), draft.title(), draft.text(),
          draft.url(), null);
      if (draft.source() == null) {
        document = OutletInference.infer(document.text())
            .map(found -> new Document(draft.id(), found.outlet(), draft.published(), draft.title(), draft.text(),
                draft.url(), found.evidence()))
            .orElse(document);
      }
      units.add(new InputUnit.Loaded(origin, document, takeWarnings()));
    }

    private void reject(String origin, int line, int column, ErrorCode code, String message) {
      units.add(new InputUnit.Rejected(origin, problem(code, message, null, file, line, column), takeWarnings()));
    }

    private List<Problem> takeWarnings() {
      List<Problem> taken = List.copyOf(pendingWarnings);
      pendingWarnings.clear();
      return taken;
    }

    private static Problem problem(ErrorCode code, String message, String help, String file, int line, int column) {
      return new Problem(code.severity().label(), code.code(), message, help, file, line, column);
    }
  }

  /** A document's fields before the checks: blank text, then outlet inference. */
  private record Draft(String id, String source, String published, String title, String text, String url) {}
}
