package io.corroborate;

import java.util.List;

/**
 * A judgement on the claims of one key (or, with {@code speaker}, on one speaker's value within a
 * divided key), with the rule that made it and every attribution behind it, grouped by value.
 *
 * @param id stable within a report: "v1", "v2", … in report order
 * @param claim the claim kind
 * @param verdict the label: CORROBORATED, SINGLE_SOURCE, CONFLICTING, DISPUTED, SUPERSEDED or a rule's own
 * @param rule the rule that fired: "builtin CORROBORATED", or a rule file location and name
 * @param speaker for a per-speaker verdict, the speaker; else null
 */
public record Verdict(String id, String claim, String key, String verdict, String rule, String severity,
    String message, String speaker, List<Attribution> attributions) {
  public Verdict {
    attributions = List.copyOf(attributions);
  }
}
