package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** One phrase of a lexicon and the canonical form it normalizes to (the phrase itself if none). */
public record LexiconEntry(String phrase, String canonical, SourceSpan span) {}
