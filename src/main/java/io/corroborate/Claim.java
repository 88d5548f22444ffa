package io.corroborate;

/** A claim extracted from a document: its kind and key, its value, and its provenance. */
public record Claim(String kind, String key, String document, String source, String speaker, int sentence,
    int start, int end, String text, Value value) {

  public Attribution attribution() {
    return new Attribution(document, source, speaker, sentence, start, end, text, value);
  }
}
