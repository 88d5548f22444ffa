package io.corroborate.cli;

/** Documented exit codes (README). */
final class ExitCodes {
  static final int OK = 0;
  static final int USAGE = 1;
  static final int INVALID_RULES = 1;
  static final int DOCUMENT_PROBLEMS = 2;
  static final int TEST_FAILURES = 1;
  /** {@code evaluate --fail-on LABEL}: a verdict with that label was reported. */
  static final int FAIL_ON = 3;

  private ExitCodes() {}
}
