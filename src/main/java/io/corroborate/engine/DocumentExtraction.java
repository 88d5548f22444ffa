package io.corroborate.engine;

import io.corroborate.Document;
import io.corroborate.Problem;
import io.corroborate.compile.facts.SentenceFact;
import io.corroborate.extract.ExtractedClaim;
import java.util.List;
import java.util.Set;

/**
 * What one document contributes to an evaluation, computed without a rule-engine session (so many
 * documents can be prepared in parallel): its claims, numbered from 1 within the document, and its
 * sentence facts. The document (with its text) is kept only until the extraction joins a session.
 *
 * @param monthsWritten the months the text dates to the day ({@link BatchMonth#written}), empty when it has no
 *     claims whose figures are told apart by time
 * @param failure why the document could not be analyzed, or null
 */
public record DocumentExtraction(Document document, int sentences, List<ExtractedClaim> claims,
    List<SentenceFact> facts, Set<Integer> monthsWritten, Problem failure) {
  public DocumentExtraction {
    claims = List.copyOf(claims);
    facts = List.copyOf(facts);
    monthsWritten = Set.copyOf(monthsWritten);
  }
}
