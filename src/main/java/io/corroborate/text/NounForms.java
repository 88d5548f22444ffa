package io.corroborate.text;

import java.util.Locale;
import java.util.Map;

/**
 * The singular of an English plural noun, so that "homes" and "home" key alike. Rules plus the
 * irregular plurals news uses; words that only look plural ("news", "series", "species") stay.
 */
public final class NounForms {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("people", "person"), Map.entry("men", "man"), Map.entry("women", "woman"),
      Map.entry("children", "child"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
      Map.entry("mice", "mouse"), Map.entry("geese", "goose"), Map.entry("lives", "life"),
      Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("leaves", "leaf"),
      Map.entry("thieves", "thief"), Map.entry("halves", "half"), Map.entry("crises", "crisis"),
      Map.entry("analyses", "analysis"), Map.entry("data", "data"), Map.entry("media", "media"));
  private static final java.util.Set<String> INVARIANT = java.util.Set.of(
      "news", "series", "species", "means", "headquarters", "police", "personnel", "aircraft", "sheep", "fish",
      "deer", "staff", "crew", "gas", "bus", "status", "census", "virus", "campus", "bonus", "corps", "arms");

  private NounForms() {}

  /** The lower-case singular of {@code word}. */
  public static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (INVARIANT.contains(w) || w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us")
        || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }
}
