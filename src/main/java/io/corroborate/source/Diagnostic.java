package io.corroborate.source;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in a rule file or an input document, with a stable code and, where a fix is
 * plausible, a help line.
 *
 * @param severity error or warning
 * @param code stable code such as {@code C003}; see {@link ErrorCode}
 * @param message lower-case, no final period, user names in backticks
 * @param help a suggestion, or null
 * @param span where, or null for problems without a rule-file location (e.g. an unreadable document)
 * @param origin for span-less problems: the file or document the problem is about
 */
public record Diagnostic(
    Severity severity, String code, String message, String help, SourceSpan span, String origin) {

  /** Source order: file, then position, so a file with many mistakes reads top to bottom. */
  public static final Comparator<Diagnostic> SOURCE_ORDER =
      Comparator.comparing((Diagnostic d) -> d.span() == null ? d.origin() : d.span().file().name())
          .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
          .thenComparing(Diagnostic::code);

  public static Diagnostic error(ErrorCode code, SourceSpan span, String message) {
    return new Diagnostic(Severity.ERROR, code.code(), message, null, span, span.file().name());
  }

  public static Diagnostic warning(ErrorCode code, SourceSpan span, String message) {
    return new Diagnostic(Severity.WARNING, code.code(), message, null, span, span.file().name());
  }

  /** A problem with no rule-file position, e.g. a missing input document. */
  public static Diagnostic about(ErrorCode code, String origin, String message) {
    return new Diagnostic(code.severity(), code.code(), message, null, null, origin);
  }

  public Diagnostic withHelp(String text) {
    return new Diagnostic(severity, code, message, text, span, origin);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public Optional<SourceSpan> location() {
    return Optional.ofNullable(span);
  }
}
