package io.corroborate.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds double-quoted spans in a document: straight {@code "} pairs and curly “ ” pairs.
 *
 * <p>Quotes are paired per physical line, because a stray or missing mark must not swallow the rest
 * of the article. The one exception is the news convention for a quotation over several paragraphs:
 * a paragraph ends without a closing mark and the next non-blank paragraph starts with an opening
 * mark; the quote then continues and ends at the first closing mark that balances it.
 *
 * <p>Single quotes (‘ ’ ') are never marks here: the same characters are apostrophes ("Kyiv’s",
 * "they’ve", "soldiers’"), and inside a double quote they are part of its content anyway. A
 * double quote nested in another (“called it “a lie” today”) is part of the outer one. An opening
 * mark that is never closed is dropped, so every quote has both marks. Linear in the text.
 */
public final class QuoteFinder {
  private QuoteFinder() {}

  /** All top-level quotes of {@code doc} in document order, speakers unset (null). */
  public static List<Quote> find(String doc) {
    List<int[]> pairs = new ArrayList<>();
    int carried = -1; // opening mark of a quote continuing from an earlier paragraph
    int lineStart = 0;
    while (lineStart <= doc.length()) {
      int lineEnd = lineEnd(doc, lineStart);
      int first = firstNonSpace(doc, lineStart, lineEnd);
      if (first < lineEnd) {
        Deque<Integer> open = new ArrayDeque<>();
        int from = first;
        if (carried >= 0) {
          open.push(carried);
          from = first + 1; // the paragraph's own opening mark belongs to the carried quote
        }
        for (int i = from; i < lineEnd; i++) {
          if (isDoubleMark(doc.charAt(i))) {
            mark(doc, i, lineStart, lineEnd, open, pairs);
          }
        }
        carried = open.isEmpty() || !nextParagraphOpens(doc, lineEnd) ? -1 : open.peek();
      }
      lineStart = lineEnd + 1;
    }
    return topLevel(pairs);
  }

  /** Pairs or pushes the mark at {@code i}; {@code open} holds unclosed opening marks, top = latest. */
  private static void mark(String doc, int i, int lineStart, int lineEnd, Deque<Integer> open,
      List<int[]> pairs) {
    char c = doc.charAt(i);
    boolean opens = looksOpening(doc, i, lineStart, lineEnd);
    boolean closes = looksClosing(doc, i, lineStart, lineEnd);
    Integer top = open.peek();
    boolean topStraight = top != null && doc.charAt(top) == '"';
    if (c == '“') {
      if (top != null && closes && !opens) {
        pairs.add(new int[] {open.pop(), i}); // a curly opener typed where a closer belongs
      } else {
        open.push(i);
      }
    } else if (c == '”') {
      if (top != null) {
        pairs.add(new int[] {popCurlyOrTop(doc, open), i});
      } else if (opens && !closes) {
        open.push(i); // a closer typed where an opener belongs
      }
    } else if (top != null && (topStraight || !opens)) {
      pairs.add(new int[] {open.pop(), i}); // straight closer, or a straight mark closing a curly quote
    } else if (opens && !(top == null && i > lineStart && Character.isDigit(doc.charAt(i - 1)))) {
      open.push(i); // a straight mark right after a digit outside any quote is an inch mark: 12" screen
    }
  }

  /** Pops up to and including the latest curly opener (straight ones above it were never closed). */
  private static int popCurlyOrTop(String doc, Deque<Integer> open) {
    for (Integer o : open) {
      if (doc.charAt(o) != '"') {
        while (!open.peek().equals(o)) {
          open.pop();
        }
        return open.pop();
      }
    }
    return open.pop();
  }

  /** The marks a quote is delimited by: every {@link Quote} starts at one of them. */
  public static boolean isDoubleMark(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  /** Followed by a non-space in the line and preceded by line start, space, bracket, dash, colon or slash. */
  private static boolean looksOpening(String doc, int i, int lineStart, int lineEnd) {
    if (i + 1 >= lineEnd || isSpace(doc.charAt(i + 1))) {
      return false;
    }
    return i == lineStart || isSpace(doc.charAt(i - 1)) || "([{—–-/:".indexOf(doc.charAt(i - 1)) >= 0;
  }

  /** Preceded by a non-space and followed by line end, space or punctuation. */
  private static boolean looksClosing(String doc, int i, int lineStart, int lineEnd) {
    if (i == lineStart || isSpace(doc.charAt(i - 1))) {
      return false;
    }
    return i + 1 >= lineEnd || !Character.isLetterOrDigit(doc.charAt(i + 1));
  }

  /** True when the next non-blank paragraph starts with an opening double mark. */
  private static boolean nextParagraphOpens(String doc, int lineEnd) {
    int start = lineEnd + 1;
    while (start < doc.length()) {
      int end = lineEnd(doc, start);
      int first = firstNonSpace(doc, start, end);
      if (first < end) {
        char c = doc.charAt(first);
        return (c == '“' || c == '"') && looksOpening(doc, first, first, end);
      }
      start = end + 1;
    }
    return false;
  }

  /** Outermost pairs only, with some quoted text, sorted; nested pairs are part of their outer quote. */
  private static List<Quote> topLevel(List<int[]> pairs) {
    pairs.sort(Comparator.comparingInt(p -> p[0]));
    List<Quote> quotes = new ArrayList<>();
    int lastEnd = -1;
    for (int[] p : pairs) {
      if (p[0] > lastEnd && p[1] - p[0] > 1) {
        quotes.add(new Quote(p[0], p[1] + 1, p[0] + 1, p[1], null));
        lastEnd = p[1];
      }
    }
    return quotes;
  }

  private static int lineEnd(String doc, int from) {
    int end = doc.indexOf('\n', from);
    return end < 0 ? doc.length() : end;
  }

  private static int firstNonSpace(String doc, int from, int to) {
    while (from < to && isSpace(doc.charAt(from))) {
      from++;
    }
    return from;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
