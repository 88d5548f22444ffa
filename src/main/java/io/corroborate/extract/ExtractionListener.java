package io.corroborate.extract;

import io.corroborate.compile.match.Match;
import io.corroborate.compile.match.NearMiss;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Sentence;

/** Sees what extraction does, for {@code explain}; evaluation uses {@link #NONE}. */
public interface ExtractionListener {
  ExtractionListener NONE = new ExtractionListener() {};

  /** The document's analysis, before any pattern runs over it. */
  default void analyzed(AnalyzedText text) {}

  /** Whether to look for near misses in sentences a pattern did not match (costly). */
  default boolean wantsNearMisses() {
    return false;
  }

  /** A pattern matched; {@code kept} is false when a longer or earlier overlapping match won. */
  default void matched(Sentence sentence, Match match, boolean kept) {}

  default void claimed(Sentence sentence, Match match, ExtractedClaim claim) {}

  default void nearMiss(Sentence sentence, NearMiss miss) {}
}
