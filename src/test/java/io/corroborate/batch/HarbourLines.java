package io.corroborate.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fictional news items that the harbour example's rules read: each reports how many firefighters
 * were injured, so items of one event corroborate or conflict.
 */
public final class HarbourLines {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] OPENINGS = {
      "A fire broke out on the quay late on Tuesday.",
      "Smoke rose over the old harbour for most of the night.",
      "Crews from three towns answered the alarm before dawn.",
      "The blaze started in a storage shed near the ferry ramp."};

  private HarbourLines() {}

  /** One JSONL line: document {@code id} by {@code outlet} about {@code event}, with {@code injured} firefighters. */
  public static String line(String id, String outlet, String event, int injured) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("source", outlet).put("event", event)
        .put("title", "Harbour fire update " + id).put("text", text(id.hashCode(), injured));
    return node.toString();
  }

  static String text(int seed, int injured) {
    String opening = OPENINGS[Math.floorMod(seed, OPENINGS.length)];
    return opening + " " + injured + " firefighters were injured, officials said. Residents were told to keep"
        + " their windows closed while the crews worked.";
  }
}
