package io.corroborate.check;

import java.util.List;

/** Built-in token classes a pattern may name without declaring them. */
public final class TokenClasses {
  /** {@code Cap} a capitalized word, {@code Num} a number, {@code Word}, {@code Punct}, {@code Any} token. */
  public static final List<String> ALL = List.of("Cap", "Num", "Word", "Punct", "Any");

  private TokenClasses() {}
}
