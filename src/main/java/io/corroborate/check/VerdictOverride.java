package io.corroborate.check;

/**
 * A checked {@code override}: for one claim kind and built-in label, the label to report instead (or
 * the same), the severity (or null to keep it), or {@code off}.
 *
 * @param origin where the override is written, {@code file:line:col}
 */
public record VerdictOverride(String kind, String label, String newLabel, boolean off, String severity,
    String origin) {

  /** Built-in verdict labels an override may name. */
  public static final java.util.List<String> BUILTIN_LABELS =
      java.util.List.of("CORROBORATED", "SINGLE_SOURCE", "CONFLICTING", "DISPUTED", "SUPERSEDED");

  public static String key(String kind, String label) {
    return kind + "/" + label;
  }
}
