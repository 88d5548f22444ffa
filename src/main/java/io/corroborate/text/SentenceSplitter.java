package io.corroborate.text;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a document into {@link Sentence}s with tokens.
 *
 * <p>News text puts headlines, bylines and list items on their own lines without final
 * punctuation, so the document is first cut into physical lines ({@code \n}; {@code \r} is
 * whitespace) and a sentence never crosses a line. Each line is then cut with the JDK's
 * {@link BreakIterator} (US rules), and {@link SentenceMerger} undoes the breaks it makes after
 * abbreviations and before closing punctuation or lower-case continuations.
 *
 * <p>Sentence offsets are trimmed of whitespace and of a leading list bullet ("• ", "- ", "* ").
 * A line holding no letter or digit (a "***" separator) yields no sentence.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** All sentences of {@code doc}, indexed 0.. in document order, each with its tokens. */
  public static List<Sentence> split(String doc) {
    List<Sentence> out = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.US);
    List<int[]> pieces = new ArrayList<>();
    for (Line line : lines(doc)) {
      pieces.clear();
      cut(doc, line, breaks, pieces);
      for (int[] p : SentenceMerger.merge(doc, pieces)) {
        int start = p[0] == line.start() ? skipBullet(doc, p[0], p[1]) : p[0];
        if (hasContent(doc, start, p[1])) {
          out.add(new Sentence(out.size(), line.index(), start, p[1], Tokenizer.tokenize(doc, start, p[1])));
        }
      }
    }
    return out;
  }

  /**
   * The non-blank physical lines of {@code doc}, trimmed; {@link Line#index()} keeps the physical
   * line number, so blank lines leave gaps.
   */
  public static List<Line> lines(String doc) {
    List<Line> out = new ArrayList<>();
    int n = doc.length();
    int index = 0;
    int lineStart = 0;
    while (lineStart <= n) {
      int nl = doc.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      int s = lineStart;
      int e = lineEnd;
      while (s < e && TextChars.isSpace(doc.charAt(s))) {
        s++;
      }
      while (e > s && TextChars.isSpace(doc.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        out.add(new Line(index, s, e));
      }
      if (nl < 0) {
        break;
      }
      index++;
      lineStart = nl + 1;
    }
    return out;
  }

  /** Raw trimmed pieces of one line; lines without sentence punctuation skip the BreakIterator. */
  private static void cut(String doc, Line line, BreakIterator breaks, List<int[]> pieces) {
    if (!mayBreak(doc, line.start(), line.end())) {
      pieces.add(new int[] {line.start(), line.end()});
      return;
    }
    breaks.setText(new StringCharacterIterator(doc, line.start(), line.end(), line.start()));
    int from = breaks.first();
    for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
      int s = from;
      int e = to;
      while (s < e && TextChars.isSpace(doc.charAt(s))) {
        s++;
      }
      while (e > s && TextChars.isSpace(doc.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        pieces.add(new int[] {s, e});
      }
    }
  }

  /** Only . ! ? … and their full-width/CJK forms can end a sentence inside a line. */
  private static boolean mayBreak(String doc, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      char c = doc.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F'
          || c == '\u2029' || c == '\u2028') {
        return true;
      }
    }
    return false;
  }

  /** Skips one leading bullet character followed by whitespace. */
  private static int skipBullet(String doc, int start, int end) {
    char c = doc.charAt(start);
    boolean bullet = c == '\u2022' || c == '\u25E6' || c == '\u25AA' || c == '\u25CF' || c == '\u2023'
        || c == '\u00B7' || c == '*' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u25A0';
    if (!bullet || start + 1 >= end || !TextChars.isSpace(doc.charAt(start + 1))) {
      return start;
    }
    int s = start + 1;
    while (s < end && TextChars.isSpace(doc.charAt(s))) {
      s++;
    }
    return s < end ? s : start;
  }

  private static boolean hasContent(String doc, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = doc.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isHighSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
