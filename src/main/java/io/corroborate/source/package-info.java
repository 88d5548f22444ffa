/**
 * Rule-file text, spans, diagnostics with stable codes, and their rendering for people. Uses nothing else of ours.
 */
package io.corroborate.source;
