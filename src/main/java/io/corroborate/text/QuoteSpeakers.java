package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each quote the speaker of the cue that introduces it, in this order:
 * <ol>
 *   <li>a cue starting right after the closing mark on the same line: {@code …,” X said},
 *       {@code …,” said X}, {@code …" he added};
 *   <li>a cue before the opening mark in the opening mark's sentence: {@code X said: “…},
 *       {@code X said that he had "…"};
 *   <li>a cue naming a speaker in the next sentence of the line when it points back:
 *       {@code “…” That was the view of X.};
 *   <li>for a quote alone on its line(s): a cue that opens the next line's first sentence with its
 *       subject ("He added…", "Kestrel said…"), or any cue naming a speaker in a next-line sentence
 *       that points back ("That was the view of X.", "So said X."), else the cue of a previous line
 *       that ends with a colon or a reporting verb.
 * </ol>
 * A quote that opens its sentence with no cue right after it takes the first speaker-naming cue later in
 * the sentence ("“…,” including …, according to X."). A cue-less quote paragraph right after a
 * paragraph that opened with an attributed quote continues its speaker. Otherwise the quote has no speaker. A cue whose pronoun stays unresolved still marks its quote
 * as attributed, with a null speaker.
 */
final class QuoteSpeakers {

  /** The quotes with speakers set, and per quote whether a cue was found. */
  record Result(List<Quote> quotes, boolean[] attributed) {}

  /** First words of a sentence that points back at the quote before it. */
  private static final java.util.Set<String> BACK_REFERENCES = java.util.Set.of(
      "that", "this", "those", "these", "so", "such");

  private final String doc;
  private final List<Sentence> sentences;
  private final List<List<Word>> words;
  private final List<List<CueSpeakers.Attributed>> cues;

  private QuoteSpeakers(String doc, List<Sentence> sentences, List<List<Word>> words,
      List<List<CueSpeakers.Attributed>> cues) {
    this.doc = doc;
    this.sentences = sentences;
    this.words = words;
    this.cues = cues;
  }

  static Result assign(String doc, List<Sentence> sentences, List<List<Word>> words, List<Quote> quotes,
      List<List<CueSpeakers.Attributed>> cues) {
    QuoteSpeakers finder = new QuoteSpeakers(doc, sentences, words, cues);
    List<Quote> out = new ArrayList<>(quotes.size());
    boolean[] attributed = new boolean[quotes.size()];
    CueSpeakers.Attributed[] found = new CueSpeakers.Attributed[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      CueSpeakers.Attributed cue = finder.cueFor(quotes.get(i));
      if (cue == null && i > 0 && found[i - 1] != null && finder.continues(quotes.get(i - 1), quotes.get(i))) {
        cue = found[i - 1];
      }
      found[i] = cue;
      attributed[i] = cue != null;
      out.add(quotes.get(i).withSpeaker(cue == null ? null : cue.speaker()));
    }
    return new Result(out, attributed);
  }

  private CueSpeakers.Attributed cueFor(Quote q) {
    int opening = Sentences.containing(sentences, q.start());
    int closing = Sentences.containing(sentences, q.end() - 1);
    if (opening < 0 || closing < 0) {
      return null; // sentences that do not cover the marks: nothing to attach to
    }
    CueSpeakers.Attributed cue = after(q, closing);
    if (cue == null) {
      cue = before(q, opening);
    }
    if (cue == null && opensSentence(q, opening)) {
      cue = laterInSentence(q, closing);
    }
    if (cue == null) {
      cue = nextSentenceOnLine(q, closing);
    }
    if (cue == null && standalone(q)) {
      cue = nextLine(closing);
      if (cue == null) {
        cue = previousLine(opening);
      }
    }
    return cue;
  }

  /** The cue whose first word is the first word after the closing mark, on the mark's line. */
  private CueSpeakers.Attributed after(Quote q, int closing) {
    int line = sentences.get(closing).line();
    for (int s = closing; s < sentences.size() && sentences.get(s).line() == line; s++) {
      List<Word> ws = words.get(s);
      for (int k = 0; k < ws.size(); k++) {
        Word w = ws.get(k);
        if (w.start() < q.end() || (w.kind() == TokenKind.PUNCT && !w.quoted())) {
          continue;
        }
        if (w.quoted()) {
          return null;
        }
        return cueStartingAt(s, k);
      }
    }
    return null;
  }

  private CueSpeakers.Attributed cueStartingAt(int s, int k) {
    for (CueSpeakers.Attributed a : cues.get(s)) {
      if (a.cue().start() == k) {
        return a;
      }
    }
    return null;
  }

  /** The nearest cue ending before the opening mark in its sentence, one that names a speaker first. */
  private CueSpeakers.Attributed before(Quote q, int opening) {
    List<Word> ws = words.get(opening);
    int mark = 0;
    while (mark < ws.size() && ws.get(mark).start() < q.start()) {
      mark++;
    }
    CueSpeakers.Attributed best = null;
    for (CueSpeakers.Attributed a : cues.get(opening)) {
      if (a.cue().end() <= mark && (best == null || better(a, best))) {
        best = a;
      }
    }
    return best;
  }

  /** One that names a speaker beats one that does not ("said in a statement: “…"); then the later one. */
  private static boolean better(CueSpeakers.Attributed a, CueSpeakers.Attributed b) {
    if ((a.speaker() != null) != (b.speaker() != null)) {
      return a.speaker() != null;
    }
    return a.cue().end() > b.cue().end();
  }

  /** True when nothing but spaces and punctuation shares the quote's lines. */
  private boolean standalone(Quote q) {
    int from = doc.lastIndexOf('\n', q.start()) + 1;
    int to = doc.indexOf('\n', q.end());
    to = to < 0 ? doc.length() : to;
    for (int i = from; i < to; i++) {
      if ((i < q.start() || i >= q.end()) && Character.isLetterOrDigit(doc.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the opening mark is the first word of its sentence. */
  private boolean opensSentence(Quote q, int opening) {
    List<Word> ws = words.get(opening);
    return !ws.isEmpty() && ws.get(0).start() == q.start();
  }

  /**
   * "“…,” including …, according to X.": for a quote that opens its sentence, the first cue naming a
   * speaker later in the closing sentence, with no other quote between.
   */
  private CueSpeakers.Attributed laterInSentence(Quote q, int closing) {
    List<Word> ws = words.get(closing);
    CueSpeakers.Attributed best = null;
    for (CueSpeakers.Attributed a : cues.get(closing)) {
      int start = ws.get(a.cue().start()).start();
      if (a.speaker() != null && start >= q.end() && (best == null || a.cue().start() < best.cue().start())) {
        best = a;
      }
    }
    if (best == null) {
      return null;
    }
    int cueStart = ws.get(best.cue().start()).start();
    for (Word w : ws) {
      if (w.quoted() && w.start() >= q.end() && w.start() < cueStart) {
        return null; // another quote stands between
      }
    }
    return best;
  }

  /**
   * News style: a quote paragraph with no cue of its own, right after a paragraph that opened with
   * an attributed quote, goes on with the same speaker ("“…,” X told reporters. ¶ “And more.”").
   */
  boolean continues(Quote previous, Quote q) {
    if (!standalone(q)) {
      return continuesOnLine(previous, q);
    }
    int prevLineStart = doc.lastIndexOf('\n', previous.start()) + 1;
    if (firstLetterOrMark(prevLineStart) != previous.start()) {
      return false;
    }
    int lineStart = doc.lastIndexOf('\n', q.start()) + 1;
    int gap = doc.indexOf('\n', previous.end());
    if (gap < 0 || gap >= lineStart) {
      return false;
    }
    return doc.substring(gap, lineStart).isBlank(); // only blank lines between the two paragraphs
  }

  /**
   * The next sentence of the same paragraph opening with a quote after an attributed one goes on with its
   * speaker: "“…,” said spokesman Mark Toner. “We are aware …”" (a cue of its own would have been found first).
   */
  private boolean continuesOnLine(Quote previous, Quote q) {
    int before = Sentences.containing(sentences, previous.end() - 1);
    int opening = Sentences.containing(sentences, q.start());
    if (before < 0 || opening != before + 1 || !opensSentence(q, opening)) {
      return false;
    }
    return doc.indexOf('\n', previous.end()) < 0 || doc.indexOf('\n', previous.end()) > q.start();
  }

  private int firstLetterOrMark(int from) {
    int i = from;
    while (i < doc.length() && Character.isWhitespace(doc.charAt(i))) {
      i++;
    }
    return i;
  }

  /** "“…” That was the view of X." on one line: a back-reference right after the quote's sentence. */
  private CueSpeakers.Attributed nextSentenceOnLine(Quote q, int closing) {
    int s = closing + 1;
    boolean endsSentence = q.end() >= sentences.get(closing).end() - 1; // only a period may follow
    if (!endsSentence || s >= sentences.size() || sentences.get(s).line() != sentences.get(closing).line()) {
      return null;
    }
    return backReference(s);
  }

  /** "He added…" / "Kestrel said…" opening the first sentence of the next line. */
  private CueSpeakers.Attributed nextLine(int closing) {
    int line = sentences.get(closing).line();
    int s = closing + 1;
    while (s < sentences.size() && sentences.get(s).line() == line) {
      s++;
    }
    if (s >= sentences.size()) {
      return null;
    }
    CueSpeakers.Attributed first = cueStartingAt(s, 0);
    if (first != null && first.cue().subjectFirst()) {
      return first;
    }
    return backReference(s);
  }

  /** The first speaker-naming cue of sentence {@code s} when it opens with "That", "This", "So"…; else null. */
  private CueSpeakers.Attributed backReference(int s) {
    List<Word> ws = words.get(s);
    if (ws.isEmpty() || !BACK_REFERENCES.contains(ws.get(0).key())) {
      return null;
    }
    for (CueSpeakers.Attributed a : cues.get(s)) {
      if (a.speaker() != null) {
        return a; // "That was the view of X", "So said X", "This is what X told reporters"
      }
    }
    return null;
  }

  /** The cue of the previous line when that line ends with a colon or with its reporting verb. */
  private CueSpeakers.Attributed previousLine(int opening) {
    int s = opening - 1;
    if (s < 0 || sentences.get(s).line() == sentences.get(opening).line()) {
      return null;
    }
    List<Word> ws = words.get(s);
    int last = ws.size() - 1;
    boolean colon = doc.charAt(sentences.get(s).end() - 1) == ':';
    while (last >= 0 && ws.get(last).kind() == TokenKind.PUNCT) {
      last--;
    }
    CueSpeakers.Attributed best = null;
    for (CueSpeakers.Attributed a : cues.get(s)) {
      boolean endsLine = last >= 0 && a.cue().end() == last + 1 && ReportingLexicon.verb(ws.get(last));
      if ((colon || endsLine) && (best == null || better(a, best))) {
        best = a;
      }
    }
    return best;
  }
}
