package io.corroborate.compile;

/** A compiled finding: its label, how bad it is, its message template and whether it drops claims. */
public record FindingRule(String name, String severity, String message, boolean onLine, boolean suppress,
    RuleOrigin origin) {}
