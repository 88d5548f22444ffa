package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regular expressions on hot paths give what the expressions gave:
 * {@link QuoteWords#words} (split on {@code [^\p{L}\p{N}']+}, apostrophes trimmed) and {@link SpeakerName#text}
 * ({@code \s+} collapsed to one space), on random text over an alphabet of the awkward cases.
 */
class RegexFreeTextTest {
  private static final String ALPHABET = "aZé9٣Ⅻ²'’‘ \t\n\r\f\u000B\u00A0.,“”-_ßİ\uD835\uDC00\uD800x";

  private static String random(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int k = random.nextInt(ALPHABET.length());
      char c = ALPHABET.charAt(k);
      b.append(c);
      if (Character.isHighSurrogate(c) && k + 1 < ALPHABET.length() && Character.isLowSurrogate(ALPHABET.charAt(k + 1))
          && random.nextBoolean()) {
        b.append(ALPHABET.charAt(k + 1));
      }
    }
    return b.toString();
  }

  private static List<String> wordsByRegex(String quote) {
    String plain = quote.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[^\\p{L}\\p{N}']+")) {
      String trimmed = w.replaceAll("^'+|'+$", "");
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    return out;
  }

  @Test
  void quoteWordsAsTheRegexSplitThem() {
    Random random = new Random(11);
    for (int k = 0; k < 50_000; k++) {
      String s = random(random, random.nextInt(30));
      assertEquals(wordsByRegex(s), QuoteWords.words(s), s);
    }
    String quote = "“We won’t leave,” he said — 'tis the soldiers' choice; 3,000 (or ¾) stayed";
    assertEquals(wordsByRegex(quote), QuoteWords.words(quote));
  }

  @Test
  void speakerTextCollapsesSpacesAsTheRegexDid() {
    Random random = new Random(12);
    for (int k = 0; k < 50_000; k++) {
      String doc = "A" + random(random, random.nextInt(20)) + "B";
      List<Word> words = List.of(new Word(0, 1, "A", "a", TokenKind.WORD, -1),
          new Word(doc.length() - 1, doc.length(), "B", "b", TokenKind.WORD, -1));
      assertEquals(doc.replaceAll("\\s+", " "), SpeakerName.text(doc, words, 0, 2), doc);
    }
  }
}
