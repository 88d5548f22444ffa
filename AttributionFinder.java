package io.corroborate.text;
import java.util.List;
public final class AttributionFinder {
  public static DocumentAttribution find(String doc, List<Sentence> s) { return new DocumentAttribution(); }
}
