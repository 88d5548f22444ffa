package io.corroborate.input;

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
 * Reads input documents: {@code .txt} (id = file name without extension), {@code .json} (one object
 * with id, source, published, title, text) and {@code .jsonl} (one such object a line), from files or
 * folders. A bad document becomes a problem that names it; reading goes on.
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Document> documents = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private DocumentReader() {}

  /** The documents read, in a stable order, and the problems met. */
  public record Result(List<Document> documents, List<Problem> problems) {
    public Result {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  public static Result read(List<Path> paths) {
    DocumentReader reader = new DocumentReader();
    for (Path path : paths) {
      reader.readPath(path);
    }
    return new Result(reader.documents, reader.problems);
  }

  /**
   * Reads one JSON document held in memory, such as one line of a JSONL stream read with {@link
   * JsonLines}; {@code origin} names it in problems ("news.jsonl:12").
   */
  public static Result readJsonDocument(String origin, String json, String fallbackId) {
    DocumentReader reader = new DocumentReader();
    reader.readJson(origin, json, fallbackId);
    return new Result(reader.documents, reader.problems);
  }

  private void readPath(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        files.filter(Files::isRegularFile).filter(DocumentReader::supported).sorted().forEach(this::readFile);
      } catch (IOException e) {
        problem(ErrorCode.X001, path.toString(), "cannot list folder: " + e.getMessage());
      }
    } else if (!Files.exists(path)) {
      problem(ErrorCode.X001, path.toString(), "input `" + path + "` does not exist");
    } else {
      readFile(path);
    }
  }

  private static boolean supported(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
  }

  private void readFile(Path path) {
    String name = path.getFileName().toString();
    TextDecoding.Decoded decoded;
    try {
      decoded = TextDecoding.decode(Files.readAllBytes(path));
    } catch (IOException e) {
      problem(ErrorCode.X001, path.toString(), "cannot read `" + path + "`: " + e.getMessage());
      return;
    }
    if (decoded.fallback()) {
      problems.add(new Problem("warning", ErrorCode.X001.code(), "`" + path + "` is not valid UTF-8; read as windows-1252",
          "save the file as UTF-8 to be sure of its characters", path.toString(), 0, 0));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      readJsonLines(path, decoded.text());
    } else if (lower.endsWith(".json")) {
      readJson(path.toString(), decoded.text(), baseName(name));
    } else {
      add(path.toString(), new Document(baseName(name), null, null, null, decoded.text()));
    }
  }

  private void readJsonLines(Path path, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        readJson(path + ":" + (i + 1), lines[i], baseName(path.getFileName().toString()) + "-" + (i + 1));
      }
    }
  }

  private void readJson(String origin, String json, String fallbackId) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problem(ErrorCode.X002, origin, "malformed JSON: " + e.getOriginalMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      problem(ErrorCode.X002, origin, "expected a JSON object with `id` and `text`");
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      problem(ErrorCode.X002, origin, "document has no `text` string");
      return;
    }
    add(origin, new Document(field(node, "id", fallbackId), field(node, "source", null),
        field(node, "published", null), field(node, "title", null), text.asText()));
  }

  private static String field(JsonNode node, String name, String fallback) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText();
  }

  private void add(String origin, Document document) {
    if (document.text().isBlank()) {
      problem(ErrorCode.X003, origin, "document `" + document.id() + "` is empty");
      return;
    }
    documents.add(document);
  }

  private void problem(ErrorCode code, String origin, String message) {
    problems.add(new Problem(code.severity().label(), code.code(), message, null, origin, 0, 0));
  }

  private static String baseName(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
