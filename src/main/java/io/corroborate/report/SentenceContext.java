package io.corroborate.report;

import io.corroborate.Document;
import io.corroborate.text.Sentence;
import io.corroborate.text.SentenceSplitter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence around a matched span, so a reader sees what was said around the figure. Sentences
 * are found by offset with the splitter the analysis uses, once per document and only for documents
 * a span points into. Without the document (or when its text does not hold the span) the match is
 * shown alone rather than with a wrong context.
 */
final class SentenceContext {
  /** Longest context kept on each side of a match in a very long sentence. */
  private static final int MAX_SIDE = 320;

  record Excerpt(String before, String match, String after) {}

  private final Map<String, Document> documents = new HashMap<>();
  private final Map<String, List<Sentence>> sentences = new HashMap<>();

  SentenceContext(List<Document> documents) {
    documents.forEach(d -> this.documents.putIfAbsent(d.id(), d));
  }

  Excerpt around(String documentId, int start, int end, String matched) {
    Document document = documents.get(documentId);
    if (document == null || end > document.text().length() || start < 0 || start >= end
        || !document.text().substring(start, end).equals(matched)) {
      return new Excerpt("", matched, "");
    }
    String text = document.text();
    Sentence sentence = sentences.computeIfAbsent(documentId, id -> SentenceSplitter.split(text)).stream()
        .filter(s -> s.start() <= start && end <= s.end()).findFirst().orElse(null);
    int from = sentence == null ? start : sentence.start();
    int to = sentence == null ? end : sentence.end();
    return new Excerpt(clipStart(text.substring(from, start)), matched, clipEnd(text.substring(end, to)));
  }

  private static String clipStart(String before) {
    if (before.length() <= MAX_SIDE) {
      return before;
    }
    String tail = before.substring(before.length() - MAX_SIDE);
    int space = tail.indexOf(' ');
    return "\u2026" + (space < 0 ? tail : tail.substring(space));
  }

  private static String clipEnd(String after) {
    if (after.length() <= MAX_SIDE) {
      return after;
    }
    String head = after.substring(0, MAX_SIDE);
    int space = head.lastIndexOf(' ');
    return (space < 0 ? head : head.substring(0, space)) + "\u2026";
  }
}
