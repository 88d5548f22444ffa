/**
 * Batch runs: many inputs (files, folders, globs, standard input) streamed through parallel
 * extraction into one rule-engine session per event group, with deterministic output, progress on a
 * terminal, and atomic report files. Uses the public facade as an embedder would.
 */
package io.corroborate.batch;
