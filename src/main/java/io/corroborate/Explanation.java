package io.corroborate;

import java.util.List;

/**
 * Why a document produced the claims and verdicts it did: per sentence, the speaker, the typed
 * mentions, the pattern matches with their captures, the claims made and the near misses; then the
 * rules that fired on its claims; and the report of the whole evaluation.
 */
public record Explanation(String document, List<SentenceNote> sentences, List<RuleFiring> firings, Report report) {
  public Explanation {
    sentences = List.copyOf(sentences);
    firings = List.copyOf(firings);
  }

  /** One sentence: what the text layer saw and what the patterns made of it. */
  public record SentenceNote(int index, int line, int start, int end, String text, String speaker,
      List<String> mentions, List<String> matches, List<String> claims, List<String> nearMisses) {
    public SentenceNote {
      mentions = List.copyOf(mentions);
      matches = List.copyOf(matches);
      claims = List.copyOf(claims);
      nearMisses = List.copyOf(nearMisses);
    }

    public boolean interesting() {
      return !matches.isEmpty() || !claims.isEmpty() || !nearMisses.isEmpty();
    }
  }

  /** A Drools rule that fired, and the facts it fired on. */
  public record RuleFiring(int order, String rule, List<String> facts) {
    public RuleFiring {
      facts = List.copyOf(facts);
    }
  }
}
