package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;
import java.util.List;

/**
 * {@code lexicon Name [: TYPE] [from "file.tsv"] { "phrase", word => canonical ... }}.
 *
 * @param type an entity type the entries refine (PERSON, ORG, PLACE), or null
 * @param file a gazetteer file relative to the rule file, or null
 */
public record LexiconDecl(Name name, Name type, Name file, List<LexiconEntry> entries, SourceSpan span)
    implements Declaration {
  public LexiconDecl {
    entries = List.copyOf(entries);
  }
}
