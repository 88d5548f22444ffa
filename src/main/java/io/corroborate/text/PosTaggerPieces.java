package io.corroborate.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns our tokens into the pieces the OpenNLP UD-EWT POS model was trained on, and maps the
 * piece tags back to exactly one UPOS tag per token.
 *
 * <p>Why clitics are <em>not</em> split: OpenNLP trains on UD-EWT's CoNLL-U, and its reader
 * ({@code ConlluStream}) folds each multiword token back into its surface form with the words'
 * tags joined by {@code +}. UD-EWT writes clitics as multiword tokens, so the model saw
 * {@code don't}, {@code it's} and {@code Kyiv's} whole, tagged {@code AUX+PART}, {@code PRON+AUX},
 * {@code PROPN+PART}, and hardly ever a lone {@code 's} or {@code n't}: fed alone, both come out
 * {@code PUNCT} and the neighbours' tags suffer. Hyphenated words, in contrast, are separate
 * tokens in UD-EWT ({@code three - month}); fed whole they often come out {@code PUNCT}. Chosen on
 * the news corpus (8,244 sentences, diffs read by hand) and a hand-labelled set of invented
 * sentences (223 tokens: 209 right this way, 201 feeding tokens whole, 201 splitting clitics):
 *
 * <ul>
 *   <li><b>n't and pronoun contractions</b> ({@code didn't}, {@code can't}, {@code cannot},
 *       {@code it's}, {@code they're}) stay whole; a compound tag is cut to its first part, the
 *       head word: {@code didn't → AUX}, {@code they're → PRON} (see {@link #head}).
 *   <li><b>Possessive 's / ’s after anything else</b> ({@code Russia's}, {@code league's}): the
 *       model sees the stem alone and the token takes its tag. Whole, rare forms went wrong
 *       ({@code Belgium's → VERB}, {@code night's → PUNCT}); with a lone {@code 's} the next word
 *       did ("week's deadly attacks" → ADV VERB). A noun + {@code 's} = "is" gets the noun's tag,
 *       the right head either way.
 *   <li><b>Hyphenated tokens</b> ({@code three-month}, {@code 20-year-old}, {@code Saint-Denis})
 *       are fed as parts with {@code -} pieces between (for any hyphen character); the token
 *       takes its last part's tag ({@code 20-year-old → ADJ}, {@code three-month → NOUN}), but
 *       the first part's when the last is a particle ({@code shoot-out}) or all digits
 *       ({@code F-16}, {@code COVID-19}).
 *   <li>Every other token is one piece; typographic apostrophes are fed as {@code '}.
 * </ul>
 *
 * <p>Each piece has a class that constrains decoding (see {@link PosTagger}): PUNCT tokens and
 * hyphen pieces can only be {@code PUNCT}, SYMBOL tokens only {@code SYM}, pieces starting with a
 * digit only {@code NUM} (UD tags numbers in digits NUM; the model alone gave "80,000 homes"
 * NOUN), except ordinals and decades ({@code 10th}, {@code 1990s}); other pieces anything but
 * {@code PUNCT}/{@code SYM}.
 */
final class PosTaggerPieces {
  /** Piece classes for constrained decoding. */
  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte SYM = 2;
  static final byte NUM = 3;

  /**
   * Lower-case stems after which {@code 's} is "is", "has" or "us" rather than a possessive; these
   * tokens stay whole, as the model saw them.
   */
  private static final Set<String> CONTRACTION_STEMS = Set.of(
      "it", "that", "there", "here", "he", "she", "what", "who", "where", "when", "why", "how",
      "let", "this", "which");

  /** The model's input, one entry per piece. */
  String[] texts;
  byte[] classes;
  /** Per token: index of its first piece and one past its last piece. */
  private final int[] from;
  private final int[] to;

  private PosTaggerPieces(int tokens, int pieces) {
    texts = new String[pieces];
    classes = new byte[pieces];
    from = new int[tokens];
    to = new int[tokens];
  }

  static PosTaggerPieces of(List<Token> tokens) {
    int n = tokens.size();
    int pieces = 0;
    for (Token t : tokens) {
      pieces += t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER ? 2 * hyphens(t.text()) + 1 : 1;
    }
    PosTaggerPieces p = new PosTaggerPieces(n, pieces);
    int k = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      p.from[i] = k;
      switch (t.kind()) {
        case PUNCT -> p.add(k++, t.text(), PUNCT);
        case SYMBOL -> p.add(k++, t.text(), SYM);
        default -> k = p.addWord(k, t);
      }
      p.to[i] = k;
    }
    if (k < pieces) { // dropping "'s" could only remove a split point, never add one
      p.texts = Arrays.copyOf(p.texts, k);
      p.classes = Arrays.copyOf(p.classes, k);
    }
    return p;
  }

  private void add(int k, String text, byte cls) {
    texts[k] = text;
    classes[k] = cls;
  }

  /** Adds the pieces of a WORD or NUMBER token from index {@code k}; returns the next index. */
  private int addWord(int k, Token t) {
    String text = t.text().indexOf('\u2019') >= 0 ? t.text().replace('\u2019', '\'') : t.text();
    int len = text.length();
    if (len > 2 && (text.charAt(len - 1) | 0x20) == 's' && text.charAt(len - 2) == '\''
        && !CONTRACTION_STEMS.contains(t.lower().substring(0, len - 2))) {
      text = text.substring(0, len - 2); // possessive: the model sees the stem only
    }
    int start = 0;
    for (int c = 0; c < text.length(); c++) {
      if (TextChars.isHyphen(text.charAt(c)) && c > start && c + 1 < text.length()) {
        String part = text.substring(start, c);
        add(k++, part, wordClass(part));
        add(k++, "-", PUNCT);
        start = c + 1;
      }
    }
    String part = start == 0 ? text : text.substring(start);
    add(k++, part, wordClass(part));
    return k;
  }

  /**
   * NUM for a piece that starts with a digit ("2024", "80,000", "3.5bn", "10pm", "16" of "F-16"),
   * except ordinals and decades ("10th", "1990s"), which the model tags as it likes (UD: ADJ,
   * NOUN); WORD for everything else.
   */
  private static byte wordClass(String piece) {
    if (piece.isEmpty() || !TextChars.isDigit(piece.charAt(0))) {
      return WORD;
    }
    int end = piece.length();
    int digits = 0;
    while (digits < end && (TextChars.isDigit(piece.charAt(digits)) || piece.charAt(digits) == ',')) {
      digits++;
    }
    String suffix = piece.substring(digits).toLowerCase(Locale.ROOT);
    boolean ordinalOrDecade = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
        || suffix.equals("th") || suffix.equals("s");
    return ordinalOrDecade ? WORD : NUM;
  }

  /** Inner hyphens that {@link #addWord} splits at: not first, not last, not doubled. */
  private static int hyphens(String text) {
    int count = 0;
    int start = 0;
    for (int c = 0; c < text.length(); c++) {
      if (TextChars.isHyphen(text.charAt(c)) && c > start && c + 1 < text.length()) {
        count++;
        start = c + 1;
      }
    }
    return count;
  }

  /** One tag per token, from one (raw, possibly compound) model tag per piece. */
  String[] tokenTags(String[] pieceTags) {
    String[] out = new String[from.length];
    for (int i = 0; i < out.length; i++) {
      int first = from[i];
      int last = to[i] - 1;
      String tag = head(pieceTags[last]);
      if (last > first) { // hyphenated: parts at even offsets from first, "-" between
        boolean digitsLast = isDigits(texts[last]) && !isDigits(texts[first]);
        if (digitsLast || tag.equals("ADP") || tag.equals("PART")) {
          tag = head(pieceTags[first]);
        }
      }
      out[i] = tag;
    }
    return out;
  }

  /** The head word's tag of a multiword-token tag: {@code AUX+PART → AUX}. */
  static String head(String tag) {
    int plus = tag.indexOf('+');
    return plus < 0 ? tag : tag.substring(0, plus);
  }

  private static boolean isDigits(String s) {
    for (int c = 0; c < s.length(); c++) {
      if (!TextChars.isDigit(s.charAt(c))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
