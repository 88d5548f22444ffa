package io.corroborate.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The content words of a span: lower-case words and numbers that carry topic, stop words left out. */
public final class ContentWords {
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "not",
      "no", "yes", "will", "would", "can", "could", "should", "may", "might", "said", "says", "also", "than",
      "then", "there", "here", "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any",
      "some", "more", "most", "other", "into", "about", "after", "before", "over", "under", "up", "down",
      "out", "so", "if", "do", "does", "did", "just", "only", "very", "s", "'s");

  private ContentWords() {}

  public static Set<String> of(List<Token> tokens) {
    Set<String> words = new HashSet<>();
    for (Token t : tokens) {
      if ((t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) && !STOP.contains(t.lower())) {
        String w = t.lower().endsWith("'s") ? t.lower().substring(0, t.lower().length() - 2) : t.lower();
        if (w.length() > 1) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** Jaccard similarity of two word sets; 0 when both are empty. */
  public static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
