package io.corroborate.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The UD-EWT model's scores for one piece, computed from its parameter rows ({@link Context}) instead of
 * feature strings. OpenNLP builds some 25 feature strings per piece and looks each one up in the model's
 * map of about 10^5 predicates: profiling showed that lookup as the top frame of a whole end-to-end run.
 * Every feature but the two previous-tag ones depends on one word alone, so each word type's rows are
 * looked up once and kept ({@link Word}), with the partial sum of the rows that come first; a piece then
 * costs one lookup and about 8 rows.
 *
 * <p><b>Same numbers.</b> The model's feature generator ({@code generator.featuregen} in the model: outcome
 * prior, suffixes and prefixes up to 4, lower-cased words in a window of 2, the sentence-begin flag in a
 * window of 2, token class, previous tags) gives, in this order: {@code def}, {@code suf=}…, {@code pre=}…,
 * {@code w=}, {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=}, {@code S=begin} / {@code p1S=begin} /
 * {@code p2S=begin}, {@code wc=}, {@code w&c=}, {@code t=}, {@code t2=}. {@link #score} adds the rows in that
 * order from the model's uniform log prior, then exponentiates and normalizes with {@link StrictMath} as
 * {@code GISModel.eval} does, so every double is the same (tested against OpenNLP's context generator and
 * {@code POSTaggerME}).
 *
 * <p>Immutable apart from the word cache, which is concurrent and bounded: shared by all threads.
 */
final class PosFeatures {
  /**
   * Enough for the vocabulary of a large news corpus (at most ~30 MB); beyond it words are resolved without
   * being kept.
   */
  private static final int MAX_CACHED_WORDS = 50_000;
  private static final Context[] NONE = new Context[0];

  private final Map<String, Context> predicates;
  private final int outcomes;
  private final String[] outcomeNames;
  private final double logPrior;
  private final Context[] always;
  private final Context[] sentenceBegin;
  private final Context[] previousTag;
  private final Context[][] previousTags;
  private final Map<String, Word> words = new ConcurrentHashMap<>();

  /**
   * The rows of one word type, by the role the word plays for the piece being scored: the piece itself
   * ({@code start}: the scores after the prior, {@code def} and its suffixes, prefixes and word, which come
   * first, so the sums are the same; {@code shape}: token class), or the word 1 or 2 before or after. Rows of
   * features the model never saw are left out, as OpenNLP skips them.
   */
  record Word(double[] start, Context[] before1, Context[] before2, Context[] after1, Context[] after2,
      Context[] shape) {}

  @SuppressWarnings("unchecked")
  PosFeatures(GISModel model) {
    this.predicates = (Map<String, Context>) model.getDataStructures()[1];
    this.outcomes = model.getNumOutcomes();
    this.outcomeNames = new String[outcomes];
    for (int o = 0; o < outcomes; o++) {
      outcomeNames[o] = model.getOutcome(o);
    }
    this.logPrior = StrictMath.log(1.0 / outcomes); // OpenNLP's UniformPrior, the GIS model's prior
    this.always = rows("def");
    this.sentenceBegin = new Context[] {row("S=begin"), row("p1S=begin"), row("p2S=begin")};
    this.previousTag = new Context[outcomes];
    this.previousTags = new Context[outcomes][outcomes];
    for (int last = 0; last < outcomes; last++) {
      previousTag[last] = row("t=" + model.getOutcome(last));
      for (int before = 0; before < outcomes; before++) {
        previousTags[before][last] = row("t2=" + model.getOutcome(before) + "," + model.getOutcome(last));
      }
    }
  }

  int outcomes() {
    return outcomes;
  }

  /** The model's name of an outcome id: a UPOS tag or a compound such as {@code AUX+PART}. */
  String outcome(int id) {
    return outcomeNames[id];
  }

  /** The rows of each piece's word, in order. */
  Word[] words(String[] pieces) {
    Word[] out = new Word[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      out[i] = word(pieces[i]);
    }
    return out;
  }

  Word word(String piece) {
    Word known = words.get(piece);
    if (known != null) {
      return known;
    }
    Word word = resolve(piece);
    if (words.size() < MAX_CACHED_WORDS) {
      words.putIfAbsent(piece, word);
    }
    return word;
  }

  /**
   * Writes into {@code out} the model's probabilities of each outcome for piece {@code i} of a sentence
   * whose pieces have the rows {@code words}, after the tags {@code last} (piece i-1) and {@code beforeLast}
   * (piece i-2); tags that do not exist yet ({@code i < 2}) are ignored.
   */
  void score(Word[] words, int i, int last, int beforeLast, double[] out) {
    Word word = words[i];
    System.arraycopy(word.start, 0, out, 0, outcomes);
    if (i >= 1) {
      add(words[i - 1].before1, out);
    }
    if (i >= 2) {
      add(words[i - 2].before2, out);
    }
    if (i + 1 < words.length) {
      add(words[i + 1].after1, out);
    }
    if (i + 2 < words.length) {
      add(words[i + 2].after2, out);
    }
    if (i < sentenceBegin.length) {
      add(sentenceBegin[i], out);
    }
    add(word.shape, out);
    if (i >= 1) {
      add(previousTag[last], out);
    }
    if (i >= 2) {
      add(previousTags[beforeLast][last], out);
    }
    double normal = 0.0;
    for (int o = 0; o < outcomes; o++) {
      out[o] = StrictMath.exp(out[o]);
      normal += out[o];
    }
    for (int o = 0; o < outcomes; o++) {
      out[o] /= normal;
    }
  }

  private static void add(Context[] rows, double[] out) {
    for (Context row : rows) {
      add(row, out);
    }
  }

  private static void add(Context row, double[] out) {
    if (row == null) {
      return;
    }
    int[] ids = row.getOutcomes();
    double[] weights = row.getParameters();
    for (int k = 0; k < ids.length; k++) {
      out[ids[k]] += weights[k]; // OpenNLP multiplies by the feature's value: 1.0, an exact no-op
    }
  }

  /** The feature strings of {@code piece} in each role, as OpenNLP's generators write them. */
  static List<List<String>> featureStrings(String piece) {
    String lower = StringUtil.toLowerCase(piece);
    List<String> own = new ArrayList<>();
    int affixes = Math.min(4, piece.length());
    for (int k = 0; k < affixes; k++) {
      own.add("suf=" + piece.substring(Math.max(piece.length() - k - 1, 0)));
    }
    for (int k = 0; k < affixes; k++) {
      own.add("pre=" + piece.substring(0, Math.min(k + 1, piece.length())));
    }
    own.add("w=" + lower);
    String shape = FeatureGeneratorUtil.tokenFeature(piece);
    return List.of(own, List.of("p1w=" + lower), List.of("p2w=" + lower), List.of("n1w=" + lower),
        List.of("n2w=" + lower), List.of("wc=" + shape, "w&c=" + lower + "," + shape));
  }

  private Word resolve(String piece) {
    List<List<String>> roles = featureStrings(piece);
    double[] start = new double[outcomes];
    Arrays.fill(start, logPrior);
    add(always, start);
    add(rows(roles.get(0)), start);
    return new Word(start, rows(roles.get(1)), rows(roles.get(2)), rows(roles.get(3)),
        rows(roles.get(4)), rows(roles.get(5)));
  }

  private Context[] rows(String... features) {
    return rows(List.of(features));
  }

  private Context[] rows(List<String> features) {
    List<Context> found = new ArrayList<>(features.size());
    for (String feature : features) {
      Context row = predicates.get(feature);
      if (row != null) {
        found.add(row);
      }
    }
    return found.isEmpty() ? NONE : found.toArray(NONE);
  }

  private Context row(String feature) {
    return predicates.get(feature);
  }
}
