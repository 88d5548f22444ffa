package io.corroborate.server;

import io.corroborate.Problem;
import java.time.Instant;
import java.util.List;

/**
 * One try at compiling the rule files again.
 *
 * @param trigger what asked for it: {@code request} (POST /v1/reload) or {@code file change}
 * @param accepted whether the new rule set replaced the old one
 * @param problems the errors that kept it out, or the warnings of the accepted set
 */
record ReloadAttempt(Instant at, String trigger, boolean accepted, String hash, List<Problem> problems) {
  ReloadAttempt {
    problems = List.copyOf(problems);
  }
}
