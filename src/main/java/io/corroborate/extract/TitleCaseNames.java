package io.corroborate.extract;

import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Names read from a Title Case headline ("Two Brothers Are Linked to the Attacks"), where every word is
 * capitalized and a capital says nothing about a name: such a name counts only when the document also writes it,
 * capitalized, in running text (a line that is not Title Case itself).
 */
final class TitleCaseNames {
  /** Words this long are capitalized in running text only when they are names or start the sentence. */
  private static final int CONTENT_WORD = 4;
  private static final int ENOUGH_WORDS = 2;

  private TitleCaseNames() {}

  static boolean titleCase(Sentence sentence) {
    List<String> words = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.isWord()) {
        words.add(t.text());
      }
    }
    return titleCase(words);
  }

  /** True when every word of four letters or more after the first is capitalized, and there are two or more. */
  static boolean titleCase(List<String> words) {
    int content = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() >= CONTENT_WORD && Character.isLetter(w.charAt(0))) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        content++;
      }
    }
    return content >= ENOUGH_WORDS;
  }

  /** True when the document writes the name's words, as in the headline, in a line that is not Title Case. */
  static boolean writtenElsewhere(String document, Sentence headline, int from, int to) {
    String name = document.substring(headline.tokens().get(from).start(), headline.tokens().get(to - 1).end());
    for (int at = document.indexOf(name); at >= 0; at = document.indexOf(name, at + 1)) {
      if ((at < headline.start() || at >= headline.end()) && !titleCase(lineWords(document, at))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lineWords(String document, int at) {
    int start = document.lastIndexOf('\n', at) + 1;
    int end = document.indexOf('\n', at);
    String line = document.substring(start, end < 0 ? document.length() : end);
    List<String> words = new ArrayList<>();
    for (String w : line.split("[^\\p{L}\\p{N}'’-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
