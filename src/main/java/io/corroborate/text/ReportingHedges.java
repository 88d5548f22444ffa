package io.corroborate.text;

import java.util.List;

/**
 * Reporting hedges that mark a sentence as second-hand: "reportedly", "allegedly", "purportedly",
 * "supposedly", "it is believed", "are believed to", and "claims" used as a noun ("These claims…").
 * "believed" and "claims" count only where they are not the verb of a cue ("Kestrel claims…").
 */
final class ReportingHedges {
  private ReportingHedges() {}

  static boolean hedged(List<Word> words, List<CueFinder.Cue> cues) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (ReportingLexicon.hedgeWord(w)) {
        return true;
      }
      if ((w.is("believed") || w.is("claims")) && !inCue(cues, i)) {
        if (w.is("claims") || believedHedge(words, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "it is believed", "are believed to", "troops believed to be": not "Kestrel believed the report". */
  private static boolean believedHedge(List<Word> words, int i) {
    boolean passive = i > 0 && ReportingLexicon.beForm(words.get(i - 1));
    boolean infinitive = i + 1 < words.size() && (words.get(i + 1).is("to") || words.get(i + 1).is("that"));
    return passive || infinitive;
  }

  private static boolean inCue(List<CueFinder.Cue> cues, int i) {
    for (CueFinder.Cue c : cues) {
      if (i >= c.start() && i < c.end()) {
        return true;
      }
    }
    return false;
  }
}
