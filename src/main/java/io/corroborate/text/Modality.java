package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How a span of a sentence is asserted: plainly, or negated ("did not", "denied that", "no … were",
 * "never"), hedged (a reporting hedge such as "reportedly", or "may", "might", "could", "possibly",
 * "appears to", "unclear whether"), conditional ("if …", "unless", "would … if") or about the future
 * ("will", "is expected to", "plans to", "is set to", "would" in reported speech). The flags are
 * independent: "will not … if" is negated, conditional and future. Computed by
 * {@link AnalyzedText#modalityAt}.
 */
public record Modality(boolean negated, boolean hedged, boolean conditional, boolean future) {

  /** Asserted as a plain fact. */
  public static final Modality PLAIN = new Modality(false, false, false, false);

  /** True when no flag is set. */
  public boolean plain() {
    return !negated && !hedged && !conditional && !future;
  }

  /** The set flags joined by "+", or "plain": "negated+future". */
  public String describe() {
    List<String> parts = new ArrayList<>(4);
    if (negated) {
      parts.add("negated");
    }
    if (hedged) {
      parts.add("hedged");
    }
    if (conditional) {
      parts.add("conditional");
    }
    if (future) {
      parts.add("future");
    }
    return parts.isEmpty() ? "plain" : String.join("+", parts);
  }
}
