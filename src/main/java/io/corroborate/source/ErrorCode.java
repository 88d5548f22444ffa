package io.corroborate.source;

/**
 * Stable diagnostic codes, by phase: P parse, C check, W check warnings, K Drools compile (an
 * internal bug once checks pass), X input documents, E evaluation. Codes are never renumbered;
 * docs/language.md lists them.
 */
public enum ErrorCode {
  P001("syntax error"),
  P002("unexpected character"),
  P003("too many errors"),
  C001("unknown name in pattern"),
  C002("duplicate declaration"),
  C003("capture fills no slot"),
  C004("slot no pattern fills"),
  C005("type mismatch"),
  C006("invalid regular expression"),
  C007("unknown name in message template"),
  C008("import not found"),
  C009("import cycle"),
  C010("unknown claim kind"),
  C011("unknown variable"),
  C012("pattern can match nothing"),
  C013("invalid number"),
  C014("unknown type"),
  C015("unknown severity"),
  C016("unknown field"),
  C017("unknown sentence attribute"),
  C018("rule binds no claim"),
  C019("agreement on a slot that is not the value"),
  C020("unknown finding scope"),
  C021("lexicon file problem"),
  C022("invalid example"),
  C023("named pattern refers to itself"),
  C024("`not` needs a one-token test"),
  C025("unknown built-in verdict"),
  C026("name declared in several rulesets"),
  W101(Severity.WARNING, "rule joins claims without `same key`"),
  W102(Severity.WARNING, "claim kind without patterns"),
  W103(Severity.WARNING, "pattern starts with a gap"),
  W104(Severity.WARNING, "lexicon or named pattern never used"),
  W105(Severity.WARNING, "pattern repeats an earlier one"),
  K001("rule base compile error"),
  X001("unreadable document"),
  X002("malformed document"),
  X003("empty document"),
  X004("structured claim does not fit the rule set"),
  X005(Severity.WARNING, "no event group"),
  E001("evaluation failed");

  private final Severity severity;
  private final String title;

  ErrorCode(String title) {
    this(Severity.ERROR, title);
  }

  ErrorCode(Severity severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  public String code() {
    return name();
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }
}
