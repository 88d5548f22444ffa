package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.extract.ExtractionListener;
import java.util.List;

/** What an evaluation reports as it goes, for {@code explain}; plain evaluation uses {@link #NONE}. */
interface Trace {
  Trace NONE = new Trace() {};

  default ExtractionListener extraction(Document document) {
    return ExtractionListener.NONE;
  }

  default boolean wantsFirings() {
    return false;
  }

  /**
   * A rule fired on these facts, in the order Drools fired it; or, just after the summary rule's firing that
   * gave it, a key's built-in verdict ({@code builtin LABEL}) on the key's summary.
   */
  default void fired(String rule, List<Object> facts) {}
}
