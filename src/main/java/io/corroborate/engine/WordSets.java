package io.corroborate.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Values as sets of words, for the {@code contains} policy: "Donbas and Crimea" and "Crimea" agree
 * because one set contains the other. Connectives and punctuation do not count.
 */
final class WordSets {
  private static final Set<String> CONNECTIVES = Set.of("and", "or", "the", "of", "&", "as", "well");

  private WordSets() {}

  static Set<String> of(String value) {
    if (value == null) {
      return Set.of();
    }
    return Arrays.stream(value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
        .filter(w -> !w.isEmpty() && !CONNECTIVES.contains(w)).collect(Collectors.toSet());
  }

  /** One set contains the other. */
  static boolean nested(String a, String b) {
    Set<String> x = of(a);
    Set<String> y = of(b);
    return x.containsAll(y) || y.containsAll(x);
  }

  /** All sets are nested pairwise: sorted by size, each contains the one before. */
  static boolean chain(List<String> values) {
    List<Set<String>> sets = values.stream().map(WordSets::of).sorted(Comparator.comparingInt(Set::size)).toList();
    for (int i = 1; i < sets.size(); i++) {
      if (!sets.get(i).containsAll(sets.get(i - 1))) {
        return false;
      }
    }
    return true;
  }
}
