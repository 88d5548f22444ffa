package io.corroborate.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each sentence's cues into {@link Speaker}s: names the speaker phrase, expands a bare surname
 * to the document's full name, then resolves pronoun subjects against the named speakers and person
 * names before them (see {@link Pronouns}).
 */
final class CueSpeakers {

  /** A cue of sentence {@code sentence} with its speaker; null when it names none or a pronoun stays unresolved. */
  record Attributed(CueFinder.Cue cue, Speaker speaker, int sentence) {}

  private CueSpeakers() {}

  static List<List<Attributed>> of(String doc, List<Sentence> sentences, List<List<Word>> words,
      List<List<CueFinder.Cue>> cues, DocumentNames names) {
    Map<Integer, List<Pronouns.Candidate>> byLine = new HashMap<>();
    List<List<Attributed>> out = new ArrayList<>(sentences.size());
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Word> ws = words.get(si);
      List<Attributed> attributed = new ArrayList<>();
      for (CueFinder.Cue cue : cues.get(si)) {
        Speaker speaker = null;
        if (cue.hasSpeaker() && !cue.pronoun()) {
          int start = ws.get(cue.speakerFrom()).start();
          SpeakerName name = names.join(SpeakerName.of(doc, ws, cue.speakerFrom(), cue.speakerTo()), start);
          speaker = new Speaker(start, ws.get(cue.speakerTo() - 1).end(),
              SpeakerName.text(doc, ws, cue.speakerFrom(), cue.speakerTo()), name.name());
          byLine.computeIfAbsent(s.line(), k -> new ArrayList<>()).add(new Pronouns.Candidate(start, name));
        }
        attributed.add(new Attributed(cue, speaker, si));
      }
      out.add(attributed);
    }
    Pronouns pronouns = new Pronouns(byLine, names, sentences, words);
    for (int si = 0; si < sentences.size(); si++) {
      List<Attributed> list = out.get(si);
      for (int i = 0; i < list.size(); i++) {
        CueFinder.Cue cue = list.get(i).cue();
        if (cue.pronoun()) {
          Word w = words.get(si).get(cue.speakerFrom());
          SpeakerName antecedent = pronouns.resolve(w.key(), w.start(), sentences.get(si).line());
          Speaker speaker = antecedent == null ? null
              : new Speaker(w.start(), w.end(), w.text(), antecedent.name(), true);
          list.set(i, new Attributed(cue, speaker, si));
        }
      }
    }
    return out;
  }
}
