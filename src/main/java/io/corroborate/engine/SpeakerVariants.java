package io.corroborate.engine;

import io.corroborate.extract.ExtractedClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Joins the spellings of one person's name across the documents of a batch: "Zelensky" in one outlet,
 * "Volodymyr Zelenskyy" in another, "Zelenskiy" in a third are one speaker when the batch names only one
 * person with that family name. Transliterations that differ only in a final -y/-yy/-iy/-i meet. With two
 * different people of one family name, short forms stay as written: never a guess. Any speakers that differ
 * only in case and accents ("François Molins", "Francois Molins"; "Police", "police") are one, written
 * as most claims write it.
 */
final class SpeakerVariants {
  private SpeakerVariants() {}

  static Map<Integer, ExtractedClaim> join(Map<Integer, ExtractedClaim> claims) {
    return joinAcronyms(joinFamilies(joinFolded(claims)));
  }

  /**
   * An acronym and the name it abbreviates are one speaker, written as the long name: "AFP" and "Agence
   * France-Presse", "GUR" and "Main Intelligence Directorate" only if the initials match. Only when the
   * batch has exactly one name with those initials.
   */
  private static Map<Integer, ExtractedClaim> joinAcronyms(Map<Integer, ExtractedClaim> claims) {
    Map<String, java.util.Set<String>> byInitials = new HashMap<>();
    java.util.Set<String> acronyms = new java.util.TreeSet<>();
    for (ExtractedClaim c : claims.values()) {
      String speaker = c.claim().speaker();
      if (speaker == null) {
        continue;
      }
      if (speaker.matches("\\p{Lu}{2,6}")) {
        acronyms.add(speaker);
      } else if (personName(speaker.replace('-', ' ')) || speaker.contains("-")) {
        String initials = initials(speaker);
        if (initials.length() >= 2) {
          byInitials.computeIfAbsent(initials, k -> new java.util.TreeSet<>()).add(speaker);
        }
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (String acronym : acronyms) {
      java.util.Set<String> names = byInitials.getOrDefault(acronym, java.util.Set.of());
      if (names.size() == 1) {
        canonical.put(acronym, names.iterator().next());
      }
    }
    return rename(claims, canonical);
  }

  /** "Agence France-Presse" → "AFP": the first letter of each word and of each hyphenated part. */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        out.appendCodePoint(word.codePointAt(0));
      }
    }
    return out.toString();
  }

  /** Speakers equal up to case and accents take the spelling most claims use. */
  private static Map<Integer, ExtractedClaim> joinFolded(Map<Integer, ExtractedClaim> claims) {
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (ExtractedClaim c : claims.values()) {
      if (c.claim().speaker() != null) {
        spellings.computeIfAbsent(folded(c.claim().speaker()), k -> new TreeMap<>()).merge(c.claim().speaker(), 1, Integer::sum);
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (Map<String, Integer> group : spellings.values()) {
      if (group.size() > 1) {
        String chosen = group.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> accented(e.getKey()))).orElseThrow().getKey();
        group.keySet().forEach(s -> canonical.put(s, chosen));
      }
    }
    return rename(claims, canonical);
  }

  /** Prefer the spelling with accents when counts tie: "François" over "Francois". */
  private static int accented(String s) {
    return s.equals(stripAccents(s)) ? 0 : 1;
  }

  static String folded(String speaker) {
    return stripAccents(speaker).toLowerCase(Locale.ROOT);
  }

  private static String stripAccents(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static Map<Integer, ExtractedClaim> joinFamilies(Map<Integer, ExtractedClaim> claims) {
    Map<String, List<String>> byFamily = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (ExtractedClaim c : claims.values()) {
      String speaker = c.claim().speaker();
      if (personName(speaker)) {
        byFamily.computeIfAbsent(family(speaker), k -> new ArrayList<>()).add(speaker);
        uses.merge(speaker, 1, Integer::sum);
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (List<String> spellings : byFamily.values()) {
      Set<String> distinct = spellings.stream().collect(Collectors.toSet());
      if (distinct.size() < 2) {
        continue;
      }
      Map<String, List<String>> people = new TreeMap<>(); // given names → full spellings
      for (String s : distinct) {
        String[] words = s.split(" ");
        if (words.length > 1) {
          String given = folded(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
          people.computeIfAbsent(given, g -> new ArrayList<>()).add(s);
        }
      }
      if (people.size() > 1) {
        continue;
      }
      List<String> candidates = people.isEmpty() ? new ArrayList<>(distinct) : people.values().iterator().next();
      candidates.sort((a, b) -> uses.get(b) - uses.get(a) != 0 ? uses.get(b) - uses.get(a) : a.compareTo(b));
      String chosen = candidates.get(0);
      distinct.forEach(s -> canonical.put(s, chosen));
    }
    return rename(claims, canonical);
  }

  private static Map<Integer, ExtractedClaim> rename(Map<Integer, ExtractedClaim> claims, Map<String, String> canonical) {
    if (canonical.isEmpty()) {
      return claims;
    }
    Map<Integer, ExtractedClaim> out = new LinkedHashMap<>();
    for (ExtractedClaim c : claims.values()) {
      String to = canonical.get(c.claim().speaker());
      out.put(c.id(), to == null || to.equals(c.claim().speaker()) ? c : withSpeaker(c, to));
    }
    return out;
  }

  /** One to four capitalized words: a person's name rather than "US officials" or "the army". */
  static boolean personName(String speaker) {
    if (speaker == null || speaker.isBlank()) {
      return false;
    }
    String[] words = speaker.split(" ");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The family name with its transliteration ending folded: Zelensky, Zelenskyy, Zelenskiy → zelensk. */
  static String family(String speaker) {
    String[] words = speaker.split(" ");
    String last = folded(words[words.length - 1]);
    return last.replaceAll("(iy|yy|y|ii|i)$", "");
  }

  private static ExtractedClaim withSpeaker(ExtractedClaim c, String speaker) {
    return c.with(c.id(), c.claim().withSpeaker(speaker));
  }
}
