package io.corroborate.extract;

import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Sentence;
import io.corroborate.text.StatedWeekdays;
import io.corroborate.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weekday a claim is as of, in a document with no publication date (the engine places it against the
 * batch's event day). A speaker's figure is as of the day the speaker spoke: the weekday the sentence ties to
 * its reporting words ("said on Saturday", "in Monday's speech"), else the one a sentence near it ({@link
 * #nearby}) naming the same speaker ties to a statement ("Hollande said on Saturday." after his figure, "X gave a
 * speech on Monday." before "He said: …"); a weekday in what was said ("40 were killed on Friday") dates the
 * event, so the figure then has no day. An outlet's own figure is as of the weekday the sentence anchors it to
 * ("On Sunday, the toll rose to 43").
 */
final class WeekdayAsOf {
  private WeekdayAsOf() {}

  /** 1 = Monday … 7 = Sunday, or 0 when the text says no day for the claim. */
  static int of(AnalyzedText text, Sentence sentence, String speaker) {
    if (speaker == null) {
      return StatedWeekdays.anchored(sentence.tokens());
    }
    int own = StatedWeekdays.statement(sentence.tokens());
    if (own != 0) {
      return own;
    }
    String name = lastWord(speaker);
    for (Sentence near : nearby(text.sentences(), sentence)) {
      int day = names(near.tokens(), name) ? StatedWeekdays.statement(near.tokens()) : 0;
      if (day != 0) {
        return day;
      }
    }
    return 0;
  }

  /**
   * The sentences that may say when the claim's statement was made, nearest first: the earlier ones of its
   * paragraph (a quotation runs over several sentences after "X said on Monday: …"), the last one of the
   * paragraph before (which often introduces the speech a paragraph quotes), and the next one.
   */
  private static List<Sentence> nearby(List<Sentence> sentences, Sentence sentence) {
    List<Sentence> out = new ArrayList<>();
    int i = sentence.index() - 1;
    while (i >= 0 && sentences.get(i).line() == sentence.line()) {
      out.add(sentences.get(i--));
    }
    if (i >= 0) {
      out.add(sentences.get(i));
    }
    if (sentence.index() + 1 < sentences.size()) {
      out.add(sentences.get(sentence.index() + 1));
    }
    return out;
  }

  private static boolean names(List<Token> tokens, String name) {
    return tokens.stream().anyMatch(t -> t.lower().equals(name));
  }

  private static String lastWord(String speaker) {
    String[] words = speaker.trim().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
