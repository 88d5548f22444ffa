package io.corroborate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v1/evaluate}: one document object, an array of them, or
 * {@code {"documents": [...]}}. A document has the shape the {@code .json} input files have: {@code id},
 * {@code source} (the outlet), {@code published}, {@code title} and {@code text}; only {@code text} is
 * required, and a document without an id is named {@code doc-N} by its position.
 */
final class DocumentsRequest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentsRequest() {}

  static List<Document> parse(byte[] body, int maxDocuments) {
    JsonNode root = readTree(body);
    JsonNode list = documentList(root);
    if (list.size() > maxDocuments) {
      throw new ApiError(413, "too_many_documents", "the request has " + list.size() + " documents; the limit is "
          + maxDocuments + " a request: split them over several requests");
    }
    if (list.isEmpty()) {
      throw new ApiError(400, "no_documents", "the request has no documents");
    }
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      documents.add(document(list.get(i), i, list == root ? "[" + i + "]" : "documents[" + i + "]"));
    }
    return documents;
  }

  private static JsonNode readTree(byte[] body) {
    if (body.length == 0) {
      throw new ApiError(400, "bad_json", "the request body is empty: send a document, an array of documents, "
          + "or {\"documents\": [...]}");
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw new ApiError(400, "bad_json", "malformed JSON" + at + ": " + withoutSourceNote(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new ApiError(400, "bad_json", "cannot read the request body: " + e.getMessage());
    }
  }

  /** Jackson names the input source inside its messages ("[Source: REDACTED ...; line: 1, column: 15]"). */
  private static String withoutSourceNote(String message) {
    return message.replaceAll("\\[Source: .*?; (line: \\d+, column: \\d+)]", "$1");
  }

  private static JsonNode documentList(JsonNode root) {
    if (root.isArray()) {
      return root;
    }
    if (root.isObject() && root.has("documents")) {
      JsonNode documents = root.get("documents");
      if (!documents.isArray()) {
        throw new ApiError(400, "bad_document", "`documents` must be an array of document objects");
      }
      return documents;
    }
    if (root.isObject()) {
      return JSON.createArrayNode().add(root);
    }
    throw new ApiError(400, "bad_document", "expected a document object, an array of them, or {\"documents\": [...]}");
  }

  private static Document document(JsonNode node, int index, String path) {
    if (!node.isObject()) {
      throw new ApiError(400, "bad_document", path + " is not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new ApiError(400, "bad_document", path + " has no `text` string");
    }
    if (text.asText().isBlank()) {
      throw new ApiError(400, "bad_document", path + ": `text` is empty");
    }
    for (String field : List.of("id", "source", "published", "title")) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual() && !value.isNumber()) {
        throw new ApiError(400, "bad_document", path + ": `" + field + "` must be a string");
      }
    }
    return new Document(field(node, "id", "doc-" + (index + 1)), field(node, "source", null),
        field(node, "published", null), field(node, "title", null), text.asText());
  }

  /** As the JSON input reader: a missing, null or blank field is absent. */
  private static String field(JsonNode node, String name, String fallback) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText();
  }
}
