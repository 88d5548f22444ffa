package io.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Claim;
import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gazetteer of 12,000 phrases from a file: one trie, every phrase found, canonical forms kept. */
class LargeLexiconTest {

  @Test
  void twelveThousandEntriesFromAFile(@TempDir Path dir) throws Exception {
    StringBuilder tsv = new StringBuilder("# town\tcanonical\n");
    for (int i = 0; i < 12_000; i++) {
      tsv.append("Town ").append(i).append(" Upon Avon\ttown_").append(i).append('\n');
    }
    tsv.append("Old Harbour\tharbour\n");
    Files.writeString(dir.resolve("towns.tsv"), tsv);
    Path rules = dir.resolve("towns.claims");
    Files.writeString(rules, """
        lexicon Towns from "towns.tsv"
        claim Residents(town: Towns) value count: QUANTITY {
          pattern count:QUANTITY "people" "live" "in" town:Towns
        }
        """);
    RuleSet ruleSet = Corroborate.compile(List.of(rules));
    List<Claim> claims = ruleSet.evaluate(List.of(
        Document.of("a", "About 300 people live in Town 11999 Upon Avon, and 40 people live in old harbour."),
        Document.of("b", "Some 310 people live in town 11999 upon avon."))).claims();
    assertThat(claims).extracting(Claim::key)
        .containsExactly("town=town_11999", "town=harbour", "town=town_11999");
  }
}
