package io.corroborate.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.Problem;
import io.corroborate.StructuredClaim;
import io.corroborate.source.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads structured claims, one JSON object a line:
 * {@code {"kind": "Injured", "key": {"group": "firefighters"}, "value": "12", "source": "Wire",
 * "speaker": "Dana Reyes", "document": "wire-7", "sentence": 3, "start": 120, "end": 151, "text": "..."}}.
 * Only kind, value and source (or document) are required. Whether the claim fits the rule set is
 * checked when it joins an evaluation.
 */
final class ClaimLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimLines() {}

  static InputItem read(String origin, String line, String groupBy, String folderEvent, Runnable ungrouped) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return problem(origin, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return problem(origin, "expected a JSON object with `kind`, `key`, `value` and `source`");
    }
    JsonNode key = node.get("key");
    if (key != null && !key.isNull() && !key.isObject()) {
      return problem(origin, "`key` must be an object of slot names to values, like {\"group\": \"firefighters\"}");
    }
    Map<String, String> slots = new LinkedHashMap<>();
    if (key != null && key.isObject()) {
      key.fields().forEachRemaining(e -> slots.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    }
    StructuredClaim claim = new StructuredClaim(text(node, "kind"), slots, text(node, "value"), text(node, "source"),
        text(node, "speaker"), text(node, "document"), number(node, "sentence"), number(node, "start"),
        number(node, "end"), text(node, "text"));
    return new InputItem.ClaimItem(claim, event(node, groupBy, folderEvent, ungrouped), origin);
  }

  /** The event a JSON input belongs to: its {@code groupBy} field, else its folder's event, else "". */
  static String event(JsonNode node, String groupBy, String folderEvent, Runnable ungrouped) {
    if (groupBy != null) {
      String value = node == null ? null : text(node, groupBy);
      if (value != null) {
        return value;
      }
      ungrouped.run();
    }
    return folderEvent == null ? "" : folderEvent;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank() ? null
        : value.asText();
  }

  private static Integer number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.intValue() : null;
  }

  private static InputItem problem(String origin, String message) {
    return new InputItem.ProblemItem(new Problem("error", ErrorCode.X002.code(), message, null, origin, 0, 0));
  }
}
