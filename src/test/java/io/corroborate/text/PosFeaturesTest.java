package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The fast feature path gives OpenNLP's features and OpenNLP's tags. */
class PosFeaturesTest {
  /** Our per-word feature strings, put in the order {@link PosFeatures#score} adds them, are OpenNLP's. */
  @Test
  void featureStringsAreTheModelGeneratorsInScoreOrder() {
    POSTaggerME reference = new POSTaggerME(PosTagger.model(), POSTagFormat.CUSTOM);
    List<String> sentences = new ArrayList<>(PosTaggerTest.sentences());
    sentences.add("A"); // one piece: no window at all
    sentences.add("Xi's 3rd-ever visit, co-chaired by the U.N., cost $1.2bn (¥9) — ÉTÉ déjà-vu!");
    for (String s : sentences) {
      String[] pieces = PosTaggerPieces.of(Tokenizer.tokenize(s)).texts;
      String[] tags = reference.tag(pieces);
      POSContextGenerator generator = PosTagger.model().getFactory().getPOSContextGenerator(0);
      for (int i = 0; i < pieces.length; i++) {
        List<String> expected = List.of(generator.getContext(i, pieces, tags, null));
        assertEquals(expected, ours(pieces, i, tags), s + " piece " + i);
      }
    }
  }

  /**
   * Unconstrained, our decoder is {@code POSTaggerME} on every sentence of the shared news corpus (skipped
   * without it): the same features, the same doubles, the same beam.
   */
  @Test
  void sharedNewsCorpusUnconstrainedEqualsPosTaggerMe() throws IOException {
    Path corpus = Path.of("../shared/data/wikiref-news");
    assumeTrue(Files.isDirectory(corpus), "no ../shared corpus beside the checkout");
    POSTaggerME reference = new POSTaggerME(PosTagger.model(), POSTagFormat.CUSTOM);
    PosTagger.Decoder decoder = new PosTagger.Decoder(PosTagger.model());
    int checked = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (Sentence sentence : TextAnalyzer.analyze(text, 0.05, null).sentences()) {
          String[] pieces = PosTaggerPieces.of(sentence.tokens()).texts;
          assertArrayEquals(reference.tag(pieces), decoder.decode(pieces, null), file + ": " + String.join(" ", pieces));
          checked++;
        }
      }
    }
    assumeTrue(checked > 0, "no sentences in " + corpus);
  }

  private static List<String> ours(String[] pieces, int i, String[] tags) {
    List<String> out = new ArrayList<>(List.of("def"));
    out.addAll(role(pieces[i], 0));
    if (i >= 1) {
      out.addAll(role(pieces[i - 1], 1));
    }
    if (i >= 2) {
      out.addAll(role(pieces[i - 2], 2));
    }
    if (i + 1 < pieces.length) {
      out.addAll(role(pieces[i + 1], 3));
    }
    if (i + 2 < pieces.length) {
      out.addAll(role(pieces[i + 2], 4));
    }
    if (i < 3) {
      out.add(List.of("S=begin", "p1S=begin", "p2S=begin").get(i));
    }
    out.addAll(role(pieces[i], 5));
    if (i >= 1) {
      out.add("t=" + tags[i - 1]);
    }
    if (i >= 2) {
      out.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
    }
    return out;
  }

  private static List<String> role(String piece, int role) {
    return PosFeatures.featureStrings(piece).get(role);
  }
}
