package io.corroborate.engine;

import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.QuoteOverlaps;
import io.corroborate.text.QuoteRenderings;
import io.corroborate.text.QuoteWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Groups one speaker's quotes into the passages they come from, longest quote first. A quote that is an
 * excerpt of one already placed takes that quote's words, so it agrees with it, and so does a quote that
 * overlaps one ({@link QuoteOverlaps}: two cuts of a long statement); any other quote joins every
 * passage one of whose quotes it repeats nearly word for word ({@link KeyResolution#SAME_PASSAGE}) or
 * renders in other words ({@link QuoteRenderings}), and passages it joins become one: outlets that each
 * translated a speech, or joined two of its sentences, are compared with each other, so a rewording shows
 * as a misquote. Excerpts join nothing more, so a short common phrase never bridges two passages.
 */
final class QuotePassages {
  private static final int PASSAGE_NAME_WORDS = 8;

  /** Words quotes agree with: a quote's own, grown when another quote overlaps it. */
  private static final class Wording {
    String words;

    Wording(String words) {
      this.words = words;
    }
  }

  /**
   * The wordings placed so far by their content words. Every test that places a quote with a wording needs
   * them to share content words (an excerpt all of the quote's, an overlap or a rendering a run holding two),
   * so a quote is compared only with wordings sharing enough: one speaker's thousands of quotes stay cheap.
   */
  private static final class ContentIndex {
    private final java.util.Map<String, List<Wording>> byWord = new java.util.HashMap<>();

    void add(Wording w) {
      for (String word : contentWords(w.words)) {
        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(w);
      }
    }

    /** Wordings sharing at least two of the quote's content words (all of them if it has fewer); null: any. */
    java.util.Set<Wording> candidates(String words) {
      java.util.Set<String> mine = contentWords(words);
      if (mine.isEmpty()) {
        return null;
      }
      int needed = Math.min(2, mine.size());
      java.util.Map<Wording, Integer> shared = new java.util.IdentityHashMap<>();
      for (String word : mine) {
        for (Wording w : byWord.getOrDefault(word, List.of())) {
          shared.merge(w, 1, Integer::sum);
        }
      }
      java.util.Set<Wording> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      shared.forEach((w, n) -> {
        if (n >= needed) {
          out.add(w);
        }
      });
      return out;
    }

    private static java.util.Set<String> contentWords(String words) {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String word : words.split(" ")) {
        if (io.corroborate.text.QuoteRenderings.contentWord(word)) {
          out.add(word);
        }
      }
      return out;
    }
  }

  /** Wordings grouped so far, named by the quote that began the group. */
  private static final class Passage {
    final int order;
    final String name;
    final List<Wording> members = new ArrayList<>();
    Passage mergedInto;

    Passage(int order, String name) {
      this.order = order;
      this.name = name;
    }

    Passage root() {
      return mergedInto == null ? this : mergedInto.root();
    }
  }

  private record Placed(ExtractedClaim claim, Passage passage, Wording wording) {}

  private QuotePassages() {}

  /** One speaker's quotes, each keyed by its passage and compared as the wording it agrees with. */
  static List<ExtractedClaim> of(List<ExtractedClaim> quotes) {
    List<ExtractedClaim> longestFirst = new ArrayList<>(quotes);
    longestFirst.sort(Comparator.comparingInt((ExtractedClaim c) -> c.canonical().length()).reversed());
    List<Passage> passages = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    ContentIndex index = new ContentIndex();
    for (ExtractedClaim c : longestFirst) {
      placed.add(place(c, passages, index));
    }
    java.util.Map<Passage, String> names = names(passages);
    // quotes an outlet leaves unattributed may stand with the speaker other outlets name for the same words
    String speaker = quotes.stream().map(c -> c.claim().speaker()).filter(java.util.Objects::nonNull)
        .map(s -> s.toLowerCase(Locale.ROOT)).findFirst().orElse("unknown");
    List<ExtractedClaim> out = new ArrayList<>(placed.size());
    for (Placed p : placed) {
      out.add(KeyResolution.withKey(p.claim(), passageKey(p.claim(), speaker, names.get(p.passage().root())),
          p.wording().words));
    }
    return out;
  }

  /**
   * Each passage's name: its first {@value #PASSAGE_NAME_WORDS} words, or as many more as it takes to tell it
   * from another passage that opens alike ("it is an act of war that was committed …" and "… was prepared …"),
   * since the name is its key.
   */
  private static java.util.Map<Passage, String> names(List<Passage> passages) {
    // in word order, the longest opening a name shares with any other it shares with a neighbour
    List<String[]> sorted = passages.stream().filter(p -> p.mergedInto == null).map(p -> p.name.split(" "))
        .sorted(java.util.Arrays::compare).toList();
    java.util.Map<String, String> byName = new java.util.HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      String[] words = sorted.get(i);
      int shown = Math.min(words.length, PASSAGE_NAME_WORDS);
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < sorted.size()) {
          shown = Math.max(shown, Math.min(words.length, sharedOpening(words, sorted.get(j)) + 1));
        }
      }
      byName.put(String.join(" ", words),
          String.join(" ", java.util.Arrays.copyOf(words, shown)) + (words.length > shown ? " …" : ""));
    }
    java.util.Map<Passage, String> names = new java.util.HashMap<>();
    passages.stream().filter(p -> p.mergedInto == null)
        .forEach(p -> names.put(p, byName.get(String.join(" ", p.name.split(" ")))));
    return names;
  }

  private static int sharedOpening(String[] a, String[] b) {
    int n = 0;
    while (n < a.length && n < b.length && a[n].equals(b[n])) {
      n++;
    }
    return n;
  }

  /**
   * An excerpt of a wording takes it; a quote overlapping one grows it to both; otherwise the quote is a
   * wording of its own, in the passages it joins merged into one, or in a new one.
   */
  private static Placed place(ExtractedClaim c, List<Passage> passages, ContentIndex index) {
    String words = c.canonical();
    java.util.Set<Wording> candidates = index.candidates(words);
    java.util.function.Predicate<Wording> near = m -> candidates == null || candidates.contains(m);
    for (Passage p : passages) {
      for (Wording member : p.members) {
        if (near.test(member) && QuoteWords.excerptOf(words, member.words)) {
          return new Placed(c, p, member);
        }
      }
    }
    for (Passage p : passages) {
      for (Wording member : p.members) {
        String joined = near.test(member) ? QuoteOverlaps.joined(member.words, words) : null;
        if (joined != null) {
          member.words = joined;
          index.add(member);
          return new Placed(c, p, member);
        }
      }
    }
    Passage joined = null;
    for (Passage p : passages) {
      if (p.mergedInto == null && p.members.stream().anyMatch(m -> near.test(m) && samePassage(words, m.words))) {
        joined = joined == null ? p : merge(joined, p);
      }
    }
    if (joined == null) {
      joined = new Passage(passages.size(), QuoteWords.normalize(c.claim().value().text()));
      passages.add(joined);
    }
    Wording own = new Wording(words);
    joined.members.add(own);
    index.add(own);
    return new Placed(c, joined, own);
  }

  /**
   * Whether two quotes give the same words of one passage: one is an excerpt of the other, or they match up
   * but for a word or two. Renderings in other words are not enough to lend a quote another outlet's speaker.
   */
  static boolean repeats(String a, String b) {
    return QuoteWords.excerptOf(a, b) || QuoteWords.excerptOf(b, a)
        || QuoteWords.similarity(a, b) >= KeyResolution.SAME_PASSAGE;
  }

  private static boolean samePassage(String quote, String member) {
    return QuoteWords.similarity(quote, member) >= KeyResolution.SAME_PASSAGE
        || QuoteRenderings.onePassage(quote, member);
  }

  /** Folds the later passage into the earlier, which keeps its name; returns the earlier. */
  private static Passage merge(Passage a, Passage b) {
    Passage first = a.order < b.order ? a : b;
    Passage second = first == a ? b : a;
    first.members.addAll(second.members);
    second.members.clear();
    second.mergedInto = first;
    return first;
  }

  private static String passageKey(ExtractedClaim c, String speaker, String name) {
    String base = c.claim().key().equals("*") ? "" : c.claim().key() + ", ";
    return base + "speaker=" + speaker + ", quote=\u201c" + name + "\u201d";
  }
}
