package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;

/** A top-level declaration of a rule file. */
public sealed interface Declaration
    permits LexiconDecl, ClaimDecl, AgreeDecl, RuleDecl, FindingDecl, HedgeDecl, MacroDecl, OverrideDecl,
    SupersedeDecl {
  SourceSpan span();
}
