package io.corroborate.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The field names a JSON document may use, first match wins (names as news APIs and scrapers spell them):
 *
 * <ul>
 *   <li>id: {@code id}
 *   <li>outlet: {@code source}, {@code outlet}, {@code publisher}, {@code site_name}, {@code siteName} — a
 *       string, or an object with a {@code name} ({@code "source": {"name": "Example Times"}})
 *   <li>published: {@code published}, {@code published_at}, {@code publishedAt}, {@code datePublished},
 *       {@code date}, {@code pubdate}
 *   <li>url: {@code url}, {@code link}
 *   <li>title: {@code title}, {@code headline}
 *   <li>text: {@code text}, {@code body}, {@code content} — a string, or an array of strings (paragraphs,
 *       one a line)
 *   <li>html: {@code html} — only when there is no text field: the markup is read like an .html file, and
 *       metadata the JSON lacks is taken from the page
 * </ul>
 */
final class JsonFields {
  static final List<String> ID = List.of("id");
  static final List<String> OUTLET = List.of("source", "outlet", "publisher", "site_name", "siteName");
  static final List<String> PUBLISHED = List.of("published", "published_at", "publishedAt", "datePublished", "date",
      "pubdate");
  static final List<String> URL = List.of("url", "link");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> TEXT = List.of("text", "body", "content");
  static final List<String> HTML = List.of("html");

  private JsonFields() {}

  /** The first named field with a non-blank scalar value (or, for an outlet, an object's name), or null. */
  static String scalar(JsonNode object, List<String> names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value != null && value.isObject()) {
        value = value.get("name");
      }
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }

  /**
   * The first named field holding text: a string, or an array of strings joined a line each. Null when no
   * field is present; a field of another shape is named in the exception.
   */
  static String text(JsonNode object, List<String> names) throws BadDocumentException {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isTextual()) {
        return value.asText();
      }
      if (value.isArray() && allText(value)) {
        StringBuilder joined = new StringBuilder();
        value.forEach(v -> joined.append(joined.isEmpty() ? "" : "\n").append(v.asText()));
        return joined.toString();
      }
      throw new BadDocumentException("field `" + name + "` must be a string or an array of strings, not "
          + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return null;
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode v : array) {
      if (!v.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** A document that cannot be read; the message says what is wrong with it. */
  static final class BadDocumentException extends Exception {
    BadDocumentException(String message) {
      super(message);
    }
  }
}
