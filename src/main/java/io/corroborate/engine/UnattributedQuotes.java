package io.corroborate.engine;

import io.corroborate.extract.ExtractedClaim;
import io.corroborate.text.QuoteRenderings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A passage several outlets quote without a speaker ("there is no record of him leaving", after "according to an
 * official" two sentences back) stands with the speaker another outlet names for the same words, when exactly
 * one speaker's quotes repeat it: the passage is then compared across all outlets under that speaker, and each
 * outlet's own claim keeps its missing speaker. Quotes that repeat two speakers' words stay unattributed.
 */
final class UnattributedQuotes {
  /** Content words two quotes must share before their wording is compared: most pairs share none. */
  private static final int SHARED_WORDS = 2;
  /** Shorter quotes are scare quotes or stock phrases: a speaker named for them elsewhere says little. */
  private static final int MIN_WORDS = 5;

  private UnattributedQuotes() {}

  /**
   * {@code groups}: quotes by "kind key \0 claim key \0 lower-case speaker", the speaker empty when unknown.
   * Moves each unattributed quote into the one named group of its kind and key that repeats its words.
   */
  static void adopt(Map<String, List<ExtractedClaim>> groups) {
    Map<String, List<String>> namedByPrefix = new HashMap<>();
    for (String key : groups.keySet()) {
      if (!key.endsWith("\u0000")) {
        namedByPrefix.computeIfAbsent(prefix(key), k -> new ArrayList<>()).add(key);
      }
    }
    for (Map.Entry<String, List<ExtractedClaim>> unknown : new ArrayList<>(groups.entrySet())) {
      if (!unknown.getKey().endsWith("\u0000")) {
        continue;
      }
      List<String> named = namedByPrefix.getOrDefault(prefix(unknown.getKey()), List.of());
      if (named.isEmpty()) {
        continue;
      }
      WordIndex index = new WordIndex(named, groups);
      Map<String, List<ExtractedClaim>> adopted = new HashMap<>();
      for (ExtractedClaim quote : unknown.getValue()) {
        String speaker = quote.canonical().split(" ").length < MIN_WORDS ? null
            : index.onlySpeakerRepeating(quote.canonical());
        if (speaker != null) {
          adopted.computeIfAbsent(speaker, s -> new ArrayList<>()).add(quote);
        }
      }
      adopted.forEach((speaker, quotes) -> {
        if (sources(quotes) >= 2) {
          groups.get(speaker).addAll(quotes);
          unknown.getValue().removeAll(quotes);
        }
      });
      if (unknown.getValue().isEmpty()) {
        groups.remove(unknown.getKey());
      }
    }
  }

  /**
   * Only a passage several outlets leave unattributed is adopted: its verdict exists anyway and gains its speaker.
   * One outlet's unattributed copy of a single outlet's named quote would make a verdict of its own, on the
   * strength of one outlet's attribution.
   */
  private static long sources(List<ExtractedClaim> quotes) {
    return quotes.stream().map(c -> c.claim().source()).filter(java.util.Objects::nonNull).distinct().count();
  }

  private static String prefix(String groupKey) {
    return groupKey.substring(0, groupKey.lastIndexOf('\u0000') + 1);
  }

  /** The named speakers' quotes by the words they hold, so a quote is compared only with those sharing words. */
  private static final class WordIndex {
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final List<String> wordings = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();

    WordIndex(List<String> namedGroups, Map<String, List<ExtractedClaim>> groups) {
      for (String group : namedGroups) {
        for (ExtractedClaim c : groups.get(group)) {
          int id = wordings.size();
          wordings.add(c.canonical());
          speakers.add(group);
          for (String word : contentWords(c.canonical())) {
            byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
          }
        }
      }
    }

    /** The one speaker group whose quotes repeat {@code words}, or null for none or several. */
    String onlySpeakerRepeating(String words) {
      Set<String> mine = contentWords(words);
      Map<Integer, Integer> shared = new HashMap<>();
      for (String word : mine) {
        for (int id : byWord.getOrDefault(word, List.of())) {
          shared.merge(id, 1, Integer::sum);
        }
      }
      int needed = Math.min(SHARED_WORDS, mine.size());
      Set<String> found = new HashSet<>();
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        if (e.getValue() >= needed && QuotePassages.repeats(words, wordings.get(e.getKey()))) {
          found.add(speakers.get(e.getKey()));
        }
      }
      return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Set<String> contentWords(String words) {
      Set<String> out = new HashSet<>();
      for (String word : words.split(" ")) {
        if (QuoteRenderings.contentWord(word)) {
          out.add(word);
        }
      }
      return out;
    }
  }
}
