package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;
import java.util.List;

/**
 * {@code claim Kind(keySlot: TYPE, ...) value slot: TYPE { pattern ... example ... }}. Key slots
 * say what the claim is about; the value slot says what is claimed about it.
 */
public record ClaimDecl(
    Name name,
    List<SlotDecl> keySlots,
    SlotDecl valueSlot,
    List<PatternDecl> patterns,
    List<ExampleDecl> examples,
    SourceSpan span) implements Declaration {
  public ClaimDecl {
    keySlots = List.copyOf(keySlots);
    patterns = List.copyOf(patterns);
    examples = List.copyOf(examples);
  }
}
