package io.corroborate.extract;

import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import java.util.ArrayList;
import java.util.List;

/** Builds the sentence units and line units of a document. */
final class TextUnits {
  private TextUnits() {}

  static List<TextUnit> sentences(AnalyzedText text) {
    List<TextUnit> units = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      units.add(new TextUnit(false, s, List.of(s.index()), text));
    }
    return units;
  }

  static List<TextUnit> lines(AnalyzedText text) {
    List<TextUnit> units = new ArrayList<>();
    int i = 0;
    List<Sentence> sentences = text.sentences();
    while (i < sentences.size()) {
      int line = sentences.get(i).line();
      List<Token> tokens = new ArrayList<>();
      List<Integer> members = new ArrayList<>();
      int start = sentences.get(i).start();
      int end = start;
      for (; i < sentences.size() && sentences.get(i).line() == line; i++) {
        Sentence s = sentences.get(i);
        tokens.addAll(s.tokens());
        members.add(s.index());
        end = s.end();
      }
      units.add(new TextUnit(true, new Sentence(units.size(), line, start, end, tokens), members, text));
    }
    return units;
  }
}
