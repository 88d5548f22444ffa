package io.corroborate;

/** An observation about a sentence or line (boilerplate, promo, editorial), never a claim. */
public record Finding(String type, String document, int start, int end, String text, String rule,
    String severity, String message) {}
