package io.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.StructuredClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule sets without custom rules fire key by key in batches ({@link KeyBatches}); with one, every claim goes
 * in at once. Over more claims than a batch holds, with keys of several claims, speakers and conflicts,
 * both must give the same report.
 */
class KeyBatchesTest {
  private static final String RULES = """
      lexicon Items { widgets }
      claim Count(item: TEXT) value count: QUANTITY {
        pattern count:QUANTITY item:Items "counted"
      }
      agree Count when count overlaps within 5%
      """;
  // never fires (no figure is below zero), but makes the engine put every claim in at once
  private static final String NEVER = """
      rule "never" severity info
        when a: Count, b: Count, same key, a.count < 0
        then verdict NEVER "{a.count}"
      """;

  @Test
  void batchedKeysGiveTheSameReportAsAllClaimsAtOnce() throws Exception {
    // two claims a key on average: two batches
    List<StructuredClaim> claims = claims(KeyBatches.BATCH);
    Report batched = Corroborate.compileText("batched.claims", RULES).evaluateClaims(claims);
    RuleSet allAtOnce = Corroborate.compileText("at-once.claims", RULES + NEVER);
    Report together = allAtOnce.evaluateClaims(claims);

    assertThat(batched.verdicts()).hasSizeGreaterThan(KeyBatches.BATCH / 3);
    assertThat(batched.verdicts().stream().map(v -> v.verdict()).distinct())
        .contains("SINGLE_SOURCE", "CORROBORATED", "CONFLICTING");
    assertThat(batched.verdicts()).isEqualTo(together.verdicts());
    assertThat(batched.claims()).isEqualTo(together.claims());
  }

  /**
   * Keys of 1 to 3 claims (key k has 1 + k % 3, so a batch's claim count falls inside a key unless whole
   * keys are kept together), given round by round so a key's claims lie far apart in the list; every third
   * claim quotes a speaker, and one claim of every fifth key is 60 off.
   */
  private static List<StructuredClaim> claims(int keys) {
    List<StructuredClaim> out = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (int key = 0; key < keys; key++) {
        if (round < 1 + key % 3) {
          int value = 100 + key % 50 + (key % 5 == 0 && round == 1 ? 60 : 0);
          out.add(StructuredClaim.of("Count", Map.of("item", "item " + key), Integer.toString(value),
              "outlet " + round, out.size() % 3 == 0 ? "Speaker " + (key % 2) : null));
        }
      }
    }
    return out;
  }
}
