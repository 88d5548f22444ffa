package io.corroborate.engine;

import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeyFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.compile.facts.SpeakerKeyFact;
import io.corroborate.compile.facts.SpeakerSummary;
import io.corroborate.compile.facts.SuppressMark;
import java.util.List;

/** One-line descriptions of Drools facts, for explanations. */
final class FactText {
  private FactText() {}

  static String describe(Object fact) {
    if (fact instanceof ClaimFact c) {
      return "claim #" + c.getId() + " " + c.getKind() + " {" + c.getKey() + "} \"" + c.getText() + "\" in "
          + c.getDocument() + (c.getSpeaker() == null ? "" : ", speaker " + c.getSpeaker());
    }
    if (fact instanceof KeySummary s) {
      return "summary of " + s.kind() + " {" + s.key() + "}: " + s.claims().size() + " claims, " + s.sourceCount()
          + " sources, " + s.speakerCount() + " speakers, agree=" + s.agree() + ", outlet disagrees="
          + s.outletDisagrees() + ", speaker inconsistent=" + s.speakerInconsistent();
    }
    if (fact instanceof SpeakerSummary s) {
      return "summary of " + s.speaker() + " on " + s.kind() + " {" + s.key() + "}: " + s.claims().size()
          + " claims, " + s.sourceCount() + " sources, consistent=" + s.consistent();
    }
    if (fact instanceof KeyFact k) {
      return "key " + k.getKind() + " {" + k.getKey() + "}";
    }
    if (fact instanceof SpeakerKeyFact k) {
      return "key " + k.getKind() + " {" + k.getKey() + "} of " + k.getSpeaker();
    }
    if (fact instanceof SentenceFact s) {
      return (s.isLine() ? "line " + (s.getIndex() + 1) : "sentence " + s.getIndex()) + " of " + s.getDocument();
    }
    if (fact instanceof SuppressMark m) {
      return "suppressed range " + m.getStart() + "-" + m.getEnd() + " of " + m.getDocument();
    }
    if (fact instanceof List<?> list) {
      return list.size() + " facts";
    }
    return String.valueOf(fact);
  }
}
