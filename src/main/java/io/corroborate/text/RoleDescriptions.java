package io.corroborate.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a definite role description used as a speaker ("the minister", "the Dorvian leader",
 * "the official") to the person or speaker it stands for, looking back from the description:
 * first its own paragraph up to it, then each earlier paragraph in turn, up to the start of the
 * document. The first paragraph that holds candidates decides:
 *
 * <ul>
 *   <li>persons (named speakers and titled or multi-word names) whose stripped title or
 *       nationality agrees with the description ("Defence Minister Tomas Vell" for "the minister",
 *       "Dorvian President Mara Kestrel" for "the Dorvian leader"): exactly one wins;
 *   <li>else an earlier unnamed speaker with the same head ("a senior official said… The official
 *       added…"), if it is the only candidate and has the description's capitalized modifiers.
 * </ul>
 *
 * Two candidates that fit equally leave the description unresolved: never a guess.
 */
final class RoleDescriptions {
  /** Titles a generic head may stand for: "the leader" is a president, premier or chancellor. */
  private static final Map<String, Set<String>> SYNONYMS = Map.of(
      "leader", Set.of("president", "premier", "prime", "chancellor", "king", "queen", "leader", "chief"),
      "spokesman", Set.of("spokesperson", "spokeswoman", "spokesman"),
      "spokeswoman", Set.of("spokesperson", "spokeswoman", "spokesman"),
      "spokesperson", Set.of("spokesperson", "spokeswoman", "spokesman"),
      "general", Set.of("general", "gen", "commander"),
      "commander", Set.of("general", "gen", "commander", "colonel", "col", "admiral", "adm"),
      "official", Set.of("official", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman"));

  private final Map<Integer, List<Pronouns.Candidate>> speakersByLine;
  private final DocumentNames names;

  RoleDescriptions(Map<Integer, List<Pronouns.Candidate>> speakersByLine, DocumentNames names) {
    this.speakersByLine = speakersByLine;
    this.names = names;
  }

  /**
   * True when {@code words[from, to)} is "the" + modifiers + a singular person role, with no name
   * or possessive in it: "the minister", "the Dorvian leader", "the former defence minister".
   */
  static boolean description(List<Word> words, int from, int to) {
    if (to - from < 2 || !words.get(from).is("the") || !PhraseWords.personRole(words.get(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      Word w = words.get(i);
      if (w.possessive() || !w.isWord() || Titles.end(words, i, i + 1) > 0 && !w.capitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name {@code words[from, to)} (a {@link #description}) at document offset {@code offset} on
   * {@code line} stands for, or null.
   */
  SpeakerName resolve(List<Word> words, int from, int to, int offset, int line) {
    String head = words.get(to - 1).key();
    Set<String> agreeing = SYNONYMS.getOrDefault(head, Set.of(head));
    Set<String> modifiers = new java.util.HashSet<>();
    for (int i = from + 1; i < to - 1; i++) {
      if (words.get(i).capitalized()) {
        modifiers.add(words.get(i).key()); // "Dorvian"
      }
    }
    for (int l = line; l >= 0; l--) {
      int limit = l == line ? offset : Integer.MAX_VALUE;
      Map<String, SpeakerName> persons = new LinkedHashMap<>();
      Map<String, SpeakerName> sameHead = new LinkedHashMap<>();
      for (Pronouns.Candidate c : speakersByLine.getOrDefault(l, List.of())) {
        if (c.offset() < limit) {
          if (c.name().kind() == SpeakerName.Kind.PERSON) {
            persons.putIfAbsent(c.name().name(), c.name());
          } else if (lastWordIs(c.name().name(), head)) {
            sameHead.putIfAbsent(c.name().name(), c.name());
          }
        }
      }
      for (DocumentNames.Entry e : names.persons(l)) {
        if (e.offset() < limit) {
          persons.merge(e.name().name(), e.name(), RoleDescriptions::withMoreRoles);
        }
      }
      if (!persons.isEmpty() || !sameHead.isEmpty()) {
        return decide(persons, sameHead, agreeing, modifiers);
      }
    }
    return null;
  }

  private static SpeakerName decide(Map<String, SpeakerName> persons, Map<String, SpeakerName> sameHead,
      Set<String> agreeing, Set<String> modifiers) {
    List<SpeakerName> agree = persons.values().stream()
        .filter(p -> p.roles().stream().anyMatch(agreeing::contains)
            || (!modifiers.isEmpty() && p.roles().containsAll(modifiers)))
        .toList();
    if (!agree.isEmpty()) {
      return agree.size() == 1 ? agree.get(0) : null;
    }
    if (sameHead.size() != 1 || !persons.isEmpty()) {
      return null;
    }
    SpeakerName group = sameHead.values().iterator().next();
    // "the Dorvian official" after "a senior official said" may be someone else: the group must name "Dorvian"
    Set<String> groupWords = Set.of(group.name().toLowerCase(java.util.Locale.ROOT).split(" "));
    return groupWords.containsAll(modifiers) ? group : null;
  }

  private static SpeakerName withMoreRoles(SpeakerName a, SpeakerName b) {
    return b.roles().size() > a.roles().size() ? b : a;
  }

  private static boolean lastWordIs(String name, String head) {
    int space = name.lastIndexOf(' ');
    return name.substring(space + 1).toLowerCase(java.util.Locale.ROOT).equals(head);
  }
}
