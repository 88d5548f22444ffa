package io.corroborate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (UPOS: {@code NOUN PROPN VERB AUX NUM PUNCT SYM …})
 * for our tokens, from OpenNLP's UD-EWT model ({@code opennlp-models-pos-en} 1.3.0, model file
 * {@value #MODEL_RESOURCE}), so patterns can say {@code [pos=PROPN]}.
 *
 * <p><b>Tag set.</b> The model emits UPOS, not Penn Treebank tags: its outcomes are the 17 UPOS
 * tags plus multiword-token compounds such as {@code AUX+PART} ("don't") and {@code PROPN+PART}
 * ("Russia's"), which are cut to their first part. So callers only ever see the UPOS names in
 * {@link #tagSet()}. How our tokens become model pieces and back is in {@link PosTaggerPieces}.
 *
 * <p><b>Constrained decoding.</b> Token kinds are enforced inside OpenNLP's beam search, not
 * patched afterwards: a {@link TokenKind#PUNCT} token can only be {@code PUNCT}, a
 * {@link TokenKind#SYMBOL} token only {@code SYM} (so {@code &} is SYM, not UD-EWT's CCONJ), a
 * number only {@code NUM} (ordinals and decades excepted), and a word never PUNCT or SYM; the
 * following tags then see the forced tag as their predecessor. With no constraint this decoder
 * gives exactly what {@code POSTaggerME} gives (tested).
 *
 * <p><b>Cost.</b> The model loads once, on first use, from the class path with
 * {@code getResourceAsStream}; nothing is downloaded (the {@code POSTaggerME("en")} constructors
 * may download and are not used). Measured on the shared 2-core project machine: 0.3–0.6 s to
 * load, 10 MB of heap kept; then about 0.3 ms per news sentence of 22 tokens (3,200–3,700
 * sentences/s on one thread) once the JIT has warmed up, 2–5× slower on the first few thousand
 * sentences: two orders of magnitude above tokenizing. Tag only the sentences a rule needs, one
 * sentence per call (the model's context is a sentence).
 *
 * <p><b>Threads.</b> Safe for concurrent use. {@code POSTaggerME}, its beam search (a shared
 * score buffer) and its context generator (caches) are not thread-safe, so each thread gets its
 * own decoder from a {@link ThreadLocal}; all share one {@link POSModel}, which is read-only once
 * loaded (the GIS model's {@code eval} writes only into the caller's array). This is the pattern of
 * OpenNLP's own {@code ThreadSafePOSTaggerME}. Decoders are built under a lock because the model's
 * tool factory fills a few fields lazily on first use. A thread keeps its small decoder for its
 * lifetime. The beam search is {@link PosBeamSearch}: OpenNLP's, same results, made cheaper.
 */
public final class PosTagger {
  /** Class-path location of the model inside {@code org.apache.opennlp:opennlp-models-pos-en:1.3.0}. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private PosTagger() {}

  /**
   * One UPOS tag per token, in order ({@code result.length == tokens.size()} always). Pass the
   * tokens of one sentence. The first call loads the model.
   */
  public static String[] tags(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return new String[0];
    }
    PosTaggerPieces pieces = PosTaggerPieces.of(tokens);
    return pieces.tokenTags(Holder.DECODERS.get().decode(pieces.texts, pieces.classes));
  }

  /**
   * The tags {@link #tags} can return, sorted: the model's outcomes cut to their head part (plus
   * PUNCT and SYM, which are forced), i.e. the 17 UPOS tags. Read from the model, so it loads it.
   */
  public static List<String> tagSet() {
    return Holder.TAG_SET;
  }

  /** The shared model (loads it); for tests. */
  static POSModel model() {
    return Holder.MODEL;
  }

  /** Lazy holder: the JVM initializes it, once and thread-safely, on the first tags/tagSet call. */
  private static final class Holder {
    static final POSModel MODEL = load();
    static final List<String> TAG_SET = tagSet(MODEL);
    static final PosFeatures FEATURES = Decoder.features(MODEL);
    static final ThreadLocal<Decoder> DECODERS = ThreadLocal.withInitial(() -> new Decoder(MODEL, FEATURES));

    private static POSModel load() {
      try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("POS model " + MODEL_RESOURCE + " is not on the class path;"
              + " it comes from org.apache.opennlp:opennlp-models-pos-en:1.3.0");
        }
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read POS model " + MODEL_RESOURCE, e);
      }
    }

    private static List<String> tagSet(POSModel model) {
      TreeSet<String> tags = new TreeSet<>(List.of("PUNCT", "SYM"));
      for (String outcome : model.getPosSequenceModel().getOutcomes()) {
        tags.add(PosTaggerPieces.head(outcome));
      }
      return List.copyOf(tags);
    }
  }

  /**
   * One thread's tagger: what {@code POSTaggerME} does (beam search over the model's features, beam size
   * from the model manifest), plus the piece-class constraint.
   */
  static final class Decoder implements PosBeamSearch.Allowed {
    /** Where a {@code POSModel} keeps its maxent model (OpenNLP's package-private {@code POS_MODEL_ENTRY_NAME}). */
    private static final String MAXENT_ENTRY = "pos.model";

    private final PosBeamSearch beam;
    private final String[] outcomeNames;
    /** Per piece class: may a piece of that class take the outcome. */
    private final boolean[][] allowedByClass;
    private byte[] classes;

    Decoder(POSModel model) {
      this(model, features(model));
    }

    Decoder(POSModel model, PosFeatures features) {
      synchronized (model) {
        String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
        if (model.getFactory().getTagDictionary() != null) { // OpenNLP would then restrict words' tags
          throw new IllegalStateException("POS model " + MODEL_RESOURCE + " has a tag dictionary; not supported");
        }
        beam = new PosBeamSearch(beamSize, features);
        outcomeNames = new String[features.outcomes()];
        for (int o = 0; o < outcomeNames.length; o++) {
          outcomeNames[o] = features.outcome(o);
        }
      }
      allowedByClass = new boolean[4][outcomeNames.length];
      for (int o = 0; o < outcomeNames.length; o++) {
        String name = outcomeNames[o];
        allowedByClass[PosTaggerPieces.WORD][o] = !name.equals("PUNCT") && !name.equals("SYM");
        allowedByClass[PosTaggerPieces.PUNCT][o] = name.equals("PUNCT");
        allowedByClass[PosTaggerPieces.SYM][o] = name.equals("SYM");
        allowedByClass[PosTaggerPieces.NUM][o] = name.equals("NUM");
      }
    }

    /** The model's features, which all decoders of the model share. */
    static PosFeatures features(POSModel model) {
      synchronized (model) {
        if (!(model.getArtifact(MAXENT_ENTRY) instanceof GISModel maxent)) {
          throw new IllegalStateException("POS model " + MODEL_RESOURCE + " is not a GIS maxent model");
        }
        return new PosFeatures(maxent);
      }
    }

    /** Raw model tags (compounds included) for the pieces; {@code classes == null}: unconstrained. */
    String[] decode(String[] pieces, byte[] classes) {
      this.classes = classes;
      int[] best = beam.best(pieces, this);
      if (best == null) { // no allowed outcome scored above OpenNLP's floor somewhere; not seen with this model
        this.classes = null;
        best = beam.best(pieces, this);
      }
      String[] out = new String[best.length];
      for (int i = 0; i < best.length; i++) {
        out[i] = outcomeNames[best[i]];
      }
      return out;
    }

    /** The piece class decides for punctuation, symbols and numbers; words can be anything else. */
    @Override
    public boolean allows(int piece, int outcome) {
      return classes == null || allowedByClass[classes[piece]][outcome];
    }
  }
}
