package io.corroborate.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each sentence's cues into {@link Speaker}s: names the speaker phrase, expands a bare surname
 * to the document's full name, then resolves pronoun subjects, in document order, against the named
 * speakers and person names before them (see {@link Pronouns}); a resolved pronoun counts as its
 * paragraph's speaker for the pronouns after it.
 */
final class CueSpeakers {

  /** A cue of sentence {@code sentence} with its speaker; null when it names none or a pronoun stays unresolved. */
  record Attributed(CueFinder.Cue cue, Speaker speaker, int sentence) {}

  private CueSpeakers() {}

  static List<List<Attributed>> of(String doc, List<Sentence> sentences, List<List<Word>> words,
      List<List<CueFinder.Cue>> cues, DocumentNames names) {
    Map<Integer, List<Pronouns.Candidate>> byLine = new HashMap<>();
    RoleDescriptions descriptions = new RoleDescriptions(byLine, names);
    List<List<Attributed>> out = new ArrayList<>(sentences.size());
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Word> ws = words.get(si);
      List<Attributed> attributed = new ArrayList<>();
      for (CueFinder.Cue cue : cues.get(si)) {
        Speaker speaker = null;
        if (cue.hasSpeaker() && !cue.pronoun()) {
          int from = cue.speakerFrom();
          int to = cue.speakerTo();
          int start = ws.get(from).start();
          SpeakerName name = names.join(SpeakerName.of(doc, ws, from, to), start);
          SpeakerName antecedent = RoleDescriptions.description(ws, from, to)
              ? descriptions.resolve(ws, from, to, start, s.line()) : null;
          if (antecedent != null) {
            name = antecedent; // "the minister" → the minister named before
          }
          speaker = new Speaker(start, ws.get(to - 1).end(), SpeakerName.text(doc, ws, from, to), name.name(),
              antecedent != null);
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
          if (antecedent != null) {
            // a resolved "He boasted…" names its paragraph's speaker, so "…,” he told" after it follows the chain
            byLine.computeIfAbsent(sentences.get(si).line(), k -> new ArrayList<>())
                .add(new Pronouns.Candidate(w.start(), antecedent));
          }
        }
      }
    }
    return out;
  }
}
