package io.corroborate.lang;

import java.util.function.Supplier;

/**
 * Error recovery leaves holes in the parse tree. Rather than null-check every field, the builder
 * calls {@link #require} and a declaration with a hole is dropped as a whole by {@link #guard}.
 */
final class Incomplete extends RuntimeException {
  private Incomplete() {
    super(null, null, false, false);
  }

  static Incomplete hole() {
    return new Incomplete();
  }

  static <T> T require(T part) {
    if (part == null) {
      throw new Incomplete();
    }
    if (part instanceof org.antlr.v4.runtime.Token token && token.getTokenIndex() < 0) {
      throw new Incomplete(); // a token ANTLR conjured up during recovery
    }
    return part;
  }

  static <T> T guard(Supplier<T> build) {
    try {
      return build.get();
    } catch (Incomplete | NumberFormatException e) {
      return null;
    }
  }
}
