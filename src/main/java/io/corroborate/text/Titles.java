package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * Personal titles and role words that precede a name ("Ukrainian President Volodymyr Ivanenko",
 * "Ministry press officer Maj. Gen. Ana Vell", "Mr. Kestrel"); any role noun of {@link PhraseWords}
 * counts as a one-word title too. Multi-word titles are listed
 * so that "Secretary of State X" strips whole; abbreviations are listed without their period
 * (keys drop it, see {@link Word#key()}).
 */
final class Titles {
  private static final List<String[]> TITLES = List.of(
      t("president"), t("prime minister"), t("minister"), t("foreign minister"), t("defense secretary"),
      t("defence secretary"), t("secretary"), t("secretary of state"), t("secretary general"),
      t("secretary-general"), t("chancellor"), t("governor"), t("gov"), t("senator"), t("sen"), t("rep"),
      t("representative"), t("mayor"), t("general"), t("gen"), t("major general"), t("maj gen"),
      t("lt gen"), t("lieutenant general"), t("colonel"), t("col"), t("lt col"), t("lieutenant colonel"),
      t("admiral"), t("adm"), t("chief"), t("mr"), t("mrs"), t("ms"), t("dr"), t("prof"), t("professor"),
      t("spokesperson"), t("spokesman"), t("spokeswoman"), t("press secretary"), t("president-elect"),
      t("vice president"), t("vice-president"), t("commander"), t("ambassador"), t("envoy"),
      t("captain"), t("capt"), t("sergeant"), t("sgt"), t("premier"), t("leader"));

  /** The titles by their first word: a word starts few or none of them. */
  private static final java.util.Map<String, List<String[]>> BY_FIRST_WORD = TITLES.stream()
      .collect(java.util.stream.Collectors.groupingBy(title -> title[0]));

  /** Words that follow "General" or "Chief" in an organization, not a person: "General Staff". */
  private static final Set<String> NOT_NAMES = Set.of("staff", "assembly", "motors", "electric", "dynamics",
      "prosecutor", "council", "executive", "justice", "command");

  private Titles() {}

  private static String[] t(String title) {
    return title.split(" ");
  }

  /**
   * The index just after the longest title starting at {@code i} (not beyond {@code to}), or -1. A
   * role noun counts as a one-word title: "prosecutor Ana Dorn", "research firm Strategy Nine".
   */
  static int end(List<Word> words, int i, int to) {
    int best = i < to && PhraseWords.role(words.get(i)) ? i + 1 : -1;
    if (i >= to) {
      return best;
    }
    for (String[] title : BY_FIRST_WORD.getOrDefault(words.get(i).key(), List.of())) {
      if (i + title.length <= to && matches(words, i, title) && i + title.length > best) {
        best = i + title.length;
      }
    }
    return best;
  }

  private static boolean matches(List<Word> words, int i, String[] title) {
    for (int k = 0; k < title.length; k++) {
      if (!words.get(i + k).key().equals(title[k])) {
        return false;
      }
    }
    return true;
  }

  /** True when the title {@code words[i, end)} belongs to a person ("Gen.", "analyst"), not an organization ("firm"). */
  static boolean personal(List<Word> words, int i, int end) {
    return end > i + 1 || !PhraseWords.role(words.get(i)) || PhraseWords.personRole(words.get(i));
  }

  /** True when {@code word} cannot be the start of a personal name after a title. */
  static boolean notName(Word word) {
    return NOT_NAMES.contains(word.key());
  }
}
