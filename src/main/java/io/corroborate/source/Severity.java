package io.corroborate.source;

/** How bad a diagnostic is: errors stop a rule set from compiling, warnings do not. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
