package io.corroborate;

/** A document as the report lists it. */
public record DocumentSummary(String id, String source, String published, String title, int sentences,
    int claims, int findings) {}
