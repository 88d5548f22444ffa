package io.corroborate.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves a pronoun subject of a reporting verb. "he"/"she" take a person, "they"/"it" a group or
 * organization. The window is the pronoun's own paragraph up to the pronoun, else the previous
 * non-empty paragraph, passing over paragraphs that are wholly quoted (a quote paragraph between a
 * name and "She said…" does not break the chain). In a window, named speakers come first, then person names (titled names, or
 * two to four capitalized words); the pronoun resolves only when exactly one distinct name of the
 * right kind is there, so two candidates leave it unresolved rather than guessed.
 */
final class Pronouns {

  /** A named speaker written at {@code offset}. */
  record Candidate(int offset, SpeakerName name) {}

  private final Map<Integer, List<Candidate>> speakersByLine;
  private final DocumentNames names;
  /** Lines with text, mapped to whether any of their words lies outside quotes. */
  private final TreeMap<Integer, Boolean> lines = new TreeMap<>();

  Pronouns(Map<Integer, List<Candidate>> speakersByLine, DocumentNames names, List<Sentence> sentences,
      List<List<Word>> words) {
    this.speakersByLine = speakersByLine;
    this.names = names;
    for (int i = 0; i < sentences.size(); i++) {
      boolean unquoted = words.get(i).stream().anyMatch(w -> w.isWord() && !w.quoted());
      lines.merge(sentences.get(i).line(), unquoted, Boolean::logicalOr);
    }
  }

  /**
   * The antecedent's name, or null when there is none or more than one. A title that says the other
   * gender ("Mrs. Dorn" for "he") rules a candidate out; of two, the pronoun resolves only when one
   * title says "he" and the other "she" ("Mrs. Ruud met Mr. Vell. He said…").
   */
  SpeakerName resolve(String pronoun, int offset, int line) {
    boolean person = PhraseWords.PERSON_PRONOUNS.contains(pronoun);
    Map<String, SpeakerName> seen = new LinkedHashMap<>();
    pick(line, offset, person, seen);
    if (seen.isEmpty()) {
      Integer previous = lines.lowerKey(line);
      while (previous != null && !lines.get(previous)) {
        previous = lines.lowerKey(previous);
      }
      if (previous != null) {
        pick(previous, Integer.MAX_VALUE, person, seen);
      }
    }
    if (seen.size() == 1) {
      SpeakerName only = seen.values().iterator().next();
      return Genders.contradicts(only, pronoun) ? null : only;
    }
    // of several, one whose title says the pronoun's gender while all others say the other one
    List<SpeakerName> agreeing = seen.values().stream().filter(n -> !Genders.contradicts(n, pronoun)).toList();
    return agreeing.size() == 1 && Genders.agrees(agreeing.get(0), pronoun) ? agreeing.get(0) : null;
  }

  /** Fills {@code seen} with the distinct names of the right kind on {@code line} before {@code limit}. */
  private void pick(int line, int limit, boolean person, Map<String, SpeakerName> seen) {
    for (Candidate c : speakersByLine.getOrDefault(line, List.of())) {
      if (c.offset() < limit && fits(c.name(), person)) {
        seen.merge(c.name().name(), c.name(), Pronouns::moreRoles);
      }
    }
    if (seen.isEmpty() && person) {
      for (DocumentNames.Entry e : names.persons(line)) {
        if (e.offset() < limit) {
          seen.merge(e.name().name(), e.name(), Pronouns::moreRoles);
        }
      }
    }
  }

  /** Of two spellings of one name, the one that kept more title words ("Mrs." tells the gender). */
  private static SpeakerName moreRoles(SpeakerName a, SpeakerName b) {
    return b.roles().size() > a.roles().size() ? b : a;
  }

  private static boolean fits(SpeakerName name, boolean person) {
    return name.kind() == SpeakerName.Kind.EITHER || (name.kind() == SpeakerName.Kind.PERSON) == person;
  }
}
