package io.corroborate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

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
    static final ThreadLocal<Decoder> DECODERS = ThreadLocal.withInitial(() -> new Decoder(MODEL));

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
   * One thread's tagger: what {@code POSTaggerME} does (beam search over the model's context
   * generator, beam size from the model manifest), plus the piece-class constraint.
   */
  static final class Decoder implements SequenceValidator<String> {
    /** Where a {@code POSModel} keeps its maxent model (OpenNLP's package-private {@code POS_MODEL_ENTRY_NAME}). */
    private static final String MAXENT_ENTRY = "pos.model";

    private final PosBeamSearch beam;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> modelValidator;
    private byte[] classes;

    Decoder(POSModel model) {
      synchronized (model) {
        String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
        if (!(model.getArtifact(MAXENT_ENTRY) instanceof MaxentModel maxent)) {
          throw new IllegalStateException("POS model " + MODEL_RESOURCE + " is not a maxent model");
        }
        beam = new PosBeamSearch(beamSize, maxent); // what getPosSequenceModel() would wrap in a BeamSearch
        contexts = model.getFactory().getPOSContextGenerator(beamSize);
        modelValidator = model.getFactory().getSequenceValidator(); // the tag dictionary, if any
      }
    }

    /** Raw model tags (compounds included) for the pieces; {@code classes == null}: unconstrained. */
    String[] decode(String[] pieces, byte[] classes) {
      this.classes = classes;
      Sequence best = beam.best(pieces, contexts, this);
      if (best == null) { // only if a tag dictionary contradicted every allowed tag; not with this model
        this.classes = null;
        best = beam.best(pieces, contexts, this);
      }
      return best.getOutcomes().toArray(new String[0]);
    }

    /** The piece class decides for punctuation, symbols and numbers; the model's validator for words. */
    @Override
    public boolean validSequence(int i, String[] input, String[] before, String outcome) {
      if (classes != null) {
        switch (classes[i]) {
          case PosTaggerPieces.PUNCT:
            return outcome.equals("PUNCT");
          case PosTaggerPieces.SYM:
            return outcome.equals("SYM");
          case PosTaggerPieces.NUM:
            return outcome.equals("NUM");
          default:
            if (outcome.equals("PUNCT") || outcome.equals("SYM")) {
              return false;
            }
        }
      }
      return modelValidator.validSequence(i, input, before, outcome);
    }
  }
}
