package io.corroborate.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capitalized names of a document (runs of name words, titles stripped), used to expand a bare
 * surname speaker to the full name written elsewhere ("Ivanenko" → "Volodymyr Ivanenko") and as
 * person antecedents for pronouns ("President Mara Kestrel visited… She said…").
 */
final class DocumentNames {

  /** A name written at {@code offset} on {@code line}; {@code quoted} when inside a quote. */
  record Entry(int offset, int line, SpeakerName name, boolean quoted) {}

  private final Map<String, List<Entry>> byLastWord = new HashMap<>();
  private final Map<Integer, List<Entry>> personsByLine = new HashMap<>();
  private final List<Entry> singleWords = new ArrayList<>();
  /** The first spelling of each longer name, by its variant key: "Volodar Zelenskyy" → "Volodar Zelensky". */
  private final Map<String, SpeakerName> firstSpelling = new HashMap<>();

  DocumentNames(String doc, List<Sentence> sentences, List<List<Word>> words) {
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Word> ws = words.get(si);
      int i = 0;
      while (i < ws.size()) {
        int end = runEnd(ws, i);
        if (end > i + 1 && FunctionWords.contains(ws.get(i).key())) {
          i++; // "Is France…", "Let France…": a capitalized function word opens no name
          continue;
        }
        if (end > i) {
          add(doc, s.line(), ws.subList(i, end), i > 0 ? ws.get(i - 1) : null);
          i = end;
        } else {
          i++;
        }
      }
    }
    // a bare surname is a person when the document's full name for it is: "But Ivanenko fears…"
    for (Entry e : singleWords) {
      SpeakerName joined = join(e.name(), e.offset());
      if (joined.kind() == SpeakerName.Kind.PERSON) {
        addPerson(new Entry(e.offset(), e.line(), joined, false));
      }
    }
    personsByLine.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(Entry::offset)));
  }

  /** End of the run of name words starting at {@code i}; a possessive ends it; runs stay in one quote. */
  private static int runEnd(List<Word> ws, int i) {
    int k = i;
    while (k < ws.size() && PhraseWords.nameWord(ws.get(k)) && ws.get(k).quote() == ws.get(i).quote()) {
      k++;
      if (ws.get(k - 1).possessive()) {
        break;
      }
    }
    return k;
  }

  /** {@code before} is the word before the run: a lower-case role there is a title ("spokeswoman Rina Holt"). */
  private void add(String doc, int line, List<Word> run, Word before) {
    List<Word> copy = new ArrayList<>(run);
    Word last = copy.get(copy.size() - 1);
    if (last.possessive()) {
      int cut = last.key().endsWith("'s") ? 2 : 1; // "Ivanenko's" / "officials'"
      copy.set(copy.size() - 1, new Word(last.start(), last.end() - cut,
          last.text().substring(0, last.text().length() - cut), last.key().substring(0, last.key().length() - cut),
          last.kind(), last.quote()));
    }
    SpeakerName name = SpeakerName.of(doc, copy, 0, copy.size());
    if (before != null && PhraseWords.personRole(before) && name.kind() != SpeakerName.Kind.GROUP) {
      java.util.Set<String> roles = new java.util.HashSet<>(name.roles());
      roles.add(before.key());
      name = new SpeakerName(name.name(), SpeakerName.Kind.PERSON, name.words(), roles);
    }
    Entry entry = new Entry(run.get(0).start(), line, name, last.quoted());
    if (name.words() >= 2) {
      byLastWord.computeIfAbsent(lastWord(name.name()), k -> new ArrayList<>()).add(entry);
      firstSpelling.putIfAbsent(variantKey(name.name()), name);
    }
    if (name.kind() == SpeakerName.Kind.PERSON && !entry.quoted()) {
      addPerson(entry);
    } else if (name.words() == 1 && !entry.quoted()) {
      singleWords.add(entry);
    }
  }

  private void addPerson(Entry entry) {
    personsByLine.computeIfAbsent(entry.line(), k -> new ArrayList<>()).add(entry);
  }

  /**
   * A one-word name joined to the longer name of the document that ends with it: the nearest one
   * written before {@code offset}, else the first one after. Other names come back unchanged.
   */
  SpeakerName join(SpeakerName name, int offset) {
    if (name.words() != 1) {
      SpeakerName first = firstSpelling.get(variantKey(name.name()));
      return first == null ? name : first;
    }
    List<Entry> longer = byLastWord.getOrDefault(lastWord(name.name()), List.of());
    if (longer.isEmpty()) {
      return name;
    }
    int lo = 0; // binary search: the first entry at or after offset (entries are in document order)
    int hi = longer.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (longer.get(mid).offset() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (lo > 0 ? longer.get(lo - 1) : longer.get(lo)).name();
  }

  /** Person names written outside quotes on {@code line}, in order. */
  List<Entry> persons(int line) {
    return personsByLine.getOrDefault(line, List.of());
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return variant(name.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** The name lower-cased, each word folded by {@link #variant}. */
  static String variantKey(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
      key.append(variant(word)).append(' ');
    }
    return key.toString().trim();
  }

  /**
   * Transliteration endings folded to "-y": "zelensky", "zelenskyy", "zelenskiy" and "zelenskii"
   * share one key; a word that does not end in "y" or "ii" keeps its own ("tarr" stays apart from
   * "tarry"). Lower-case input.
   */
  static String variant(String word) {
    if (word.length() >= 5 && (word.endsWith("yy") || word.endsWith("iy") || word.endsWith("ii"))) {
      return word.substring(0, word.length() - 2) + "y";
    }
    return word;
  }
}
