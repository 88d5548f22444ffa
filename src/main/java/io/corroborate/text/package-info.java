/**
 * The text layer: sentences, tokens, numbers and quantities, names, quotes and speakers, and the
 * modality of a span (negated, hedged, conditional, future: {@link io.corroborate.text.AnalyzedText#modalityAt}).
 * Pure functions; uses nothing else of ours.
 */
package io.corroborate.text;
