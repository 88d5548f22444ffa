package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * The name inside a speaker phrase: determiners and titles stripped, the rest kept as written.
 * "Ukrainian President Volodymyr Ivanenko" → "Volodymyr Ivanenko"; "the Pentagon" → "Pentagon";
 * "A Ukrainian army source" → "Ukrainian army source"; "the ministry's latest figures" → "ministry".
 *
 * <p>A title is stripped only when a personal name follows it, together with everything before it
 * (a nationality, an organization: "Ministry press officer Maj. Gen. Ana Vell" → "Ana Vell"), so
 * a phrase that is only a role ("the Defense Minister") keeps its words.
 *
 * @param name the name
 * @param kind person, group, or a single word that may be either
 * @param words how many words the name has
 * @param roles the lower-case keys of the words stripped before the name ("dorvian", "president" for
 *     "Dorvian President Mara Kestrel"), which a later "the Dorvian leader" can agree with
 */
record SpeakerName(String name, Kind kind, int words, Set<String> roles) {

  SpeakerName {
    roles = Set.copyOf(roles);
  }

  SpeakerName(String name, Kind kind, int words) {
    this(name, kind, words, Set.of());
  }

  /** What a name stands for, as far as pronoun resolution needs to know. */
  enum Kind { PERSON, GROUP, EITHER }

  private static final Set<String> PARTICLES = Set.of(
      "de", "da", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "di", "du", "dos", "del");

  /** Words that make a capitalized run an organization or a place rather than a person. */
  private static final Set<String> NON_PERSON = Set.of(
      "times", "post", "news", "journal", "herald", "tribune", "telegraph", "guardian", "network", "channel",
      "radio", "tv", "television", "press", "institute", "university", "center", "centre", "forces", "force",
      "navy", "parliament", "assembly", "bank", "fund", "union", "party", "corp", "inc", "commission",
      "authority", "bureau", "house", "kremlin", "pentagon", "community", "summit", "federation", "republic",
      "kingdom", "states", "nations", "region", "province", "county", "oblast", "north", "south", "east",
      "west", "northern", "southern", "eastern", "western", "central", "united", "new", "saudi", "sri", "hong",
      "los", "san", "saint", "mount", "port", "fort", "cape", "european", "american", "international");

  /** Names the phrase {@code words[from, to)} of {@code doc}. */
  static SpeakerName of(String doc, List<Word> words, int from, int to) {
    while (from < to - 1 && PhraseWords.determiner(words.get(from))) {
      from++;
    }
    if (to - from > 2 && PhraseWords.DOCUMENT_NOUNS.contains(words.get(from).key()) && source(words.get(from + 1))) {
      return of(doc, words, from + 2, to); // "a statement from the Lisvan council" → "Lisvan council"
    }
    int possessor = documentOwner(words, from, to);
    if (possessor >= 0) {
      String owner = text(doc, words, from, possessor + 1);
      return new SpeakerName(owner.replaceAll("(['’]s|(?<=s)['’])$", ""), Kind.GROUP, possessor + 1 - from);
    }
    to = affiliation(words, from, to);
    int cut = from;
    boolean person = false;
    for (int i = from; i < to; i++) {
      int e = Titles.end(words, i, to);
      if (e > 0 && e < to && personal(words, e, to)) {
        cut = e;
        person = Titles.personal(words, i, e);
        i = e - 1;
      }
    }
    Set<String> roles = new java.util.HashSet<>();
    for (int i = from; i < cut; i++) {
      roles.add(words.get(i).key());
    }
    return new SpeakerName(text(doc, words, cut, to), kind(words, cut, to, person), to - cut, roles);
  }

  /** "Ana Dorn of the Halden Institute" → end of "Ana Dorn": a person's affiliation is not their name. */
  private static int affiliation(List<Word> words, int from, int to) {
    for (int k = from + 2; k < Math.min(to - 1, from + 5); k++) {
      Word w = words.get(k);
      if (w.is("of") || w.is("at") || w.is("from")) {
        return personal(words, from, k) && kind(words, from, k, false) == Kind.PERSON ? k : to;
      }
    }
    return to;
  }

  private static boolean source(Word w) {
    return w.is("from") || w.is("by") || w.is("of");
  }

  /** "the ministry's latest figures" → index of "ministry's": a document speaks for its owner. */
  private static int documentOwner(List<Word> words, int from, int to) {
    if (!PhraseWords.DOCUMENT_NOUNS.contains(words.get(to - 1).key())) {
      return -1;
    }
    for (int i = to - 2; i > from - 1; i--) {
      if (words.get(i).possessive()) {
        return i;
      }
      if (words.get(i).capitalized()) {
        return -1;
      }
    }
    return -1;
  }

  /** True when {@code words[from, to)} reads as a personal name: capitalized words, initials, particles. */
  private static boolean personal(List<Word> words, int from, int to) {
    if (to - from > 4 || Titles.notName(words.get(from)) || !words.get(from).capitalized()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      boolean part = w.capitalized() || (PARTICLES.contains(w.key()) && i > from);
      if (!part || w.is("and") || Titles.end(words, i, to) > 0) {
        return false;
      }
    }
    return true;
  }

  /** A titled name is a person; 2–4 plain capitalized words are a person unless a word says otherwise. */
  static Kind kind(List<Word> words, int from, int to, boolean titled) {
    if (titled) {
      return Kind.PERSON;
    }
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      boolean allCaps = w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT));
      if (!w.capitalized() || w.possessive() || w.dotted() || allCaps || PhraseWords.role(w)
          || NON_PERSON.contains(w.key())) {
        if (!(PARTICLES.contains(w.key()) && i > from)) {
          return Kind.GROUP;
        }
      }
    }
    return to - from == 1 ? Kind.EITHER : to - from <= 4 ? Kind.PERSON : Kind.GROUP;
  }

  /** The text of {@code words[from, to)} as written, runs of spaces collapsed. */
  static String text(String doc, List<Word> words, int from, int to) {
    String written = doc.substring(words.get(from).start(), words.get(to - 1).end());
    return singleSpaced(written) ? written : written.replaceAll("\\s+", " ");
  }

  /** True when every white space of {@code s} (as the regex {@code \\s} reads it) is a lone space: nothing to collapse. */
  private static boolean singleSpaced(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < s.length() && regexSpace(s.charAt(i + 1)) : regexSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
