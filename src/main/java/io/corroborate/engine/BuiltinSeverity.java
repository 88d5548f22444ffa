package io.corroborate.engine;

/** Severities of the built-in verdicts: how much a reader should worry. */
final class BuiltinSeverity {
  private BuiltinSeverity() {}

  static String of(String label) {
    return switch (label) {
      case "CONFLICTING" -> "high";
      case "DISPUTED" -> "medium";
      case "SINGLE_SOURCE", "SUPERSEDED" -> "low";
      default -> "info";
    };
  }
}
