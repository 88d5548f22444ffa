package io.corroborate.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.input.DocumentReader;
import io.corroborate.input.JsonLines;
import io.corroborate.source.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads the expanded inputs one item at a time, in input order: JSONL files and standard input line
 * by line, other files whole (one document each). Only the current file's pending items are held.
 * Also assigns each item its event group and catches document ids used twice.
 */
final class InputReader implements Iterator<InputItem>, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Iterator<InputSource> sources;
  private final InputStream stdin;
  private final String groupBy;
  private final ArrayDeque<InputItem> pending = new ArrayDeque<>();
  private final Set<String> seenIds = new HashSet<>();
  private InputSource current;
  private JsonLines lines;
  private InputStream open;
  private int ungrouped;

  /** @param groupBy the metadata field naming a document's event, or null */
  InputReader(List<InputSource> sources, InputStream stdin, String groupBy) {
    this.sources = sources.iterator();
    this.stdin = stdin;
    this.groupBy = groupBy;
  }

  /** Documents and claims that had no {@code groupBy} field, so far. */
  int ungrouped() {
    return ungrouped;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && (lines != null || sources.hasNext())) {
      if (lines != null) {
        readLine();
      } else {
        start(sources.next());
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }

  private void start(InputSource source) {
    current = source;
    if (!source.jsonLines()) {
      DocumentReader.Result result = DocumentReader.read(List.of(source.path()));
      result.problems().forEach(p -> pending.add(new InputItem.ProblemItem(p)));
      JsonNode node = groupBy != null && !result.documents().isEmpty() ? jsonFile(source) : null;
      result.documents().forEach(d -> document(d, node));
      return;
    }
    try {
      open = source.stdin() ? stdin : Files.newInputStream(source.path());
      lines = new JsonLines(open);
    } catch (IOException e) {
      problem(ErrorCode.X001, source.name(), "cannot read `" + source.name() + "`: " + e.getMessage());
    }
  }

  private void readLine() {
    try {
      if (!lines.hasNext()) {
        endFile();
        return;
      }
      JsonLines.Line line = lines.next();
      String origin = current.name() + ":" + line.number();
      if (line.fallback()) {
        pending.add(new InputItem.ProblemItem(new Problem("warning", ErrorCode.X001.code(),
            "line " + line.number() + " of `" + current.name() + "` is not valid UTF-8; read as windows-1252",
            "save the input as UTF-8 to be sure of its characters", origin, 0, 0)));
      }
      if (current.claims()) {
        pending.add(ClaimLines.read(origin, line.text(), groupBy, current.folderEvent(), this::countUngrouped));
      } else {
        DocumentReader.Result result = DocumentReader.readJsonLine(current.name(), line.number(), line.text(),
            fallbackId(line.number()));
        result.problems().forEach(p -> pending.add(new InputItem.ProblemItem(p)));
        JsonNode node = groupBy != null && !result.documents().isEmpty() ? parse(line.text()) : null;
        result.documents().forEach(d -> document(d, node));
      }
    } catch (UncheckedIOException e) {
      problem(ErrorCode.X001, current.name(), "cannot read `" + current.name() + "`: " + e.getMessage());
      endFile();
    }
  }

  private void document(Document document, JsonNode node) {
    if (!seenIds.add(document.id())) {
      problem(ErrorCode.X002, document.id(), "duplicate document id `" + document.id()
          + "` (in `" + current.name() + "`): the later one is skipped");
      return;
    }
    String event = ClaimLines.event(node, groupBy, current.folderEvent(), this::countUngrouped);
    pending.add(new InputItem.DocumentItem(document, event));
  }

  private void countUngrouped() {
    ungrouped++;
  }

  private String fallbackId(int line) {
    if (current.stdin()) {
      return "stdin-" + line;
    }
    String file = current.path().getFileName().toString();
    int dot = file.lastIndexOf('.');
    return (dot > 0 ? file.substring(0, dot) : file) + "-" + line;
  }

  private JsonNode jsonFile(InputSource source) {
    try {
      return JSON.readTree(source.path().toFile());
    } catch (IOException e) {
      return null; // the reader already read it; a file Jackson cannot parse has no group field
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  private void problem(ErrorCode code, String origin, String message) {
    pending.add(new InputItem.ProblemItem(new Problem(code.severity().label(), code.code(), message, null, origin, 0, 0)));
  }

  private void endFile() {
    lines = null;
    closeOpen();
  }

  private void closeOpen() {
    if (open != null && open != stdin) {
      try {
        open.close();
      } catch (IOException ignored) {
        // nothing was written; a failed close of a file we only read loses nothing
      }
    }
    open = null;
  }

  @Override
  public void close() {
    closeOpen();
  }
}
