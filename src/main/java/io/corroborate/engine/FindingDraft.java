package io.corroborate.engine;

import io.corroborate.compile.facts.SentenceFact;

/** A finding as its rule reported it. */
record FindingDraft(int finding, SentenceFact sentence) {}
