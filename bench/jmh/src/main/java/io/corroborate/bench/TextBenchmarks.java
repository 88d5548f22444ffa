package io.corroborate.bench;

import io.corroborate.text.QuantityRecognizer;
import io.corroborate.text.Sentence;
import io.corroborate.text.SentenceSplitter;
import io.corroborate.text.TextAnalyzer;
import io.corroborate.text.Tokenizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The text layer's hot pieces on one fictional news paragraph (about 1 KB): sentence splitting,
 * tokenizing, number and quantity normalization, and the whole analysis a document gets before matching.
 * Time per paragraph; divide 1 KB by it for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmarks {
  static final String PARAGRAPH = """
      Fire crews from three towns fought the blaze at the Port Alder warehouses for nearly six hours on \
      Tuesday, Chief Dana Reyes said. About 1,200 people were moved from homes near the harbour, and 12 \
      firefighters were treated for smoke inhalation. "We saw flames over 30 metres high," one resident \
      told the Coastline News. The harbour master, Tomas Okafor, estimated the damage at $3.5 million, \
      roughly a third of the port's annual budget. Two storage sheds and 14 fishing boats were destroyed.
      Officials expect the eastern quay to reopen by 14 March; the cause of the fire is still unknown.""";

  Sentence longest;
  QuantityRecognizer quantities;

  @Setup
  public void setUp() {
    List<Sentence> sentences = SentenceSplitter.split(PARAGRAPH);
    longest = sentences.stream().max(java.util.Comparator.comparingInt(s -> s.tokens().size())).orElseThrow();
    quantities = new QuantityRecognizer();
  }

  @Benchmark
  public Object splitSentences() {
    return SentenceSplitter.split(PARAGRAPH);
  }

  @Benchmark
  public Object tokenize() {
    return Tokenizer.tokenize(PARAGRAPH);
  }

  @Benchmark
  public Object quantitiesOfOneSentence() {
    return quantities.find(longest);
  }

  @Benchmark
  public Object analyzeParagraph() {
    return TextAnalyzer.analyze(PARAGRAPH, QuantityRecognizer.APPROXIMATE_TOLERANCE, null);
  }
}
