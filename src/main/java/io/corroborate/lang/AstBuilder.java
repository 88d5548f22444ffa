package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.lang.ast.ClaimDecl;
import io.corroborate.lang.ast.Declaration;
import io.corroborate.lang.ast.ExampleDecl;
import io.corroborate.lang.ast.Expectation;
import io.corroborate.lang.ast.HedgeDecl;
import io.corroborate.lang.ast.LexiconDecl;
import io.corroborate.lang.ast.LexiconEntry;
import io.corroborate.lang.ast.MacroDecl;
import io.corroborate.lang.ast.Name;
import io.corroborate.lang.ast.PatternDecl;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.lang.ast.SlotDecl;
import io.corroborate.lang.ast.TypeRef;
import io.corroborate.source.Diagnostic;
import io.corroborate.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the immutable AST from the parse tree. It does no semantic checking; a declaration that
 * error recovery left incomplete is dropped (its syntax error is already reported).
 */
final class AstBuilder {
  private final Spans spans;
  private final PatternBuilder patterns;
  private final RuleBuilder rules;

  AstBuilder(SourceFile source, List<Diagnostic> diagnostics) {
    this.spans = new Spans(source);
    this.patterns = new PatternBuilder(spans, diagnostics);
    this.rules = new RuleBuilder(spans, patterns);
  }

  RuleFile build(ClaimsParser.FileContext tree) {
    Name ruleset = tree.rulesetDecl() == null || tree.rulesetDecl().name == null
        ? null
        : new Name(tree.rulesetDecl().name.getText(), spans.of(tree.rulesetDecl().name));
    List<Name> imports = new ArrayList<>();
    for (ClaimsParser.ImportDeclContext imp : tree.importDecl()) {
      if (imp.path != null && !imp.path.getText().isEmpty() && imp.exception == null) {
        imports.add(spans.string(imp.path));
      }
    }
    List<Declaration> declarations = new ArrayList<>();
    for (ClaimsParser.DeclarationContext decl : tree.declaration()) {
      Declaration built = Incomplete.guard(() -> declaration(decl));
      if (built != null) {
        declarations.add(built);
      }
    }
    return new RuleFile(spans.source(), ruleset, imports, declarations);
  }

  private Declaration declaration(ClaimsParser.DeclarationContext decl) {
    if (decl.lexiconDecl() != null) {
      return lexicon(decl.lexiconDecl());
    }
    if (decl.claimDecl() != null) {
      return claim(decl.claimDecl());
    }
    if (decl.agreeDecl() != null) {
      return rules.agree(decl.agreeDecl());
    }
    if (decl.ruleDecl() != null) {
      return rules.rule(decl.ruleDecl());
    }
    if (decl.findingDecl() != null) {
      return rules.finding(decl.findingDecl());
    }
    if (decl.hedgeDecl() != null) {
      return hedge(decl.hedgeDecl());
    }
    if (decl.overrideDecl() != null) {
      return rules.override(decl.overrideDecl());
    }
    if (decl.supersedeDecl() != null) {
      return new io.corroborate.lang.ast.SupersedeDecl(spans.name(Incomplete.require(decl.supersedeDecl().kind)),
          spans.of(decl.supersedeDecl()));
    }
    if (decl.macroDecl() != null) {
      ClaimsParser.MacroDeclContext macro = decl.macroDecl();
      return new MacroDecl(spans.name(Incomplete.require(macro.name)), patterns.pattern(Incomplete.require(macro.pattern())),
          spans.of(macro));
    }
    return null;
  }

  private LexiconDecl lexicon(ClaimsParser.LexiconDeclContext ctx) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (ClaimsParser.EntryGroupContext group : ctx.entryGroup()) {
      String canonical = group.canonical == null ? null : phraseText(group.canonical);
      for (ClaimsParser.PhraseContext phrase : group.phrase()) {
        if (phrase == group.canonical) {
          continue;
        }
        String text = phraseText(phrase);
        entries.add(new LexiconEntry(text, canonical == null ? text : canonical, spans.of(phrase)));
      }
    }
    return new LexiconDecl(
        spans.name(Incomplete.require(ctx.name)),
        ctx.type == null ? null : spans.name(ctx.type),
        ctx.path == null ? null : spans.string(ctx.path),
        entries,
        spans.of(ctx));
  }

  private String phraseText(ClaimsParser.PhraseContext phrase) {
    TerminalNode string = phrase.STRING();
    return string != null ? Spans.unquote(string.getText()) : Incomplete.require(phrase.IDENT()).getText();
  }

  private ClaimDecl claim(ClaimsParser.ClaimDeclContext ctx) {
    List<SlotDecl> keySlots = new ArrayList<>();
    List<ClaimsParser.SlotDeclContext> slots = ctx.slotDecl();
    for (ClaimsParser.SlotDeclContext slot : slots) {
      if (slot != ctx.valueSlot) {
        keySlots.add(slot(slot));
      }
    }
    List<PatternDecl> patternDecls = new ArrayList<>();
    List<ExampleDecl> examples = new ArrayList<>();
    for (ClaimsParser.ClaimMemberContext member : ctx.claimMember()) {
      if (member instanceof ClaimsParser.PatternMemberContext p) {
        int priority = p.priority == null ? 0 : Integer.parseInt(p.priority.getText());
        patternDecls.add(new PatternDecl(patterns.pattern(Incomplete.require(p.pattern())), priority, spans.of(p)));
      } else if (member instanceof ClaimsParser.ExampleMemberContext e) {
        examples.add(example(e));
      }
    }
    return new ClaimDecl(
        spans.name(Incomplete.require(ctx.name)),
        keySlots,
        slot(Incomplete.require(ctx.valueSlot)),
        patternDecls,
        examples,
        spans.of(ctx));
  }

  private SlotDecl slot(ClaimsParser.SlotDeclContext ctx) {
    return new SlotDecl(
        spans.name(Incomplete.require(ctx.name)), typeRef(Incomplete.require(ctx.type)), ctx.optional != null,
        ctx.defaultValue == null ? null : spans.literal(ctx.defaultValue), spans.of(ctx));
  }

  private TypeRef typeRef(ClaimsParser.TypeRefContext ctx) {
    return new AstTypes(spans).typeRef(ctx);
  }

  private ExampleDecl example(ClaimsParser.ExampleMemberContext ctx) {
    List<Expectation> expectations = ctx.expectation().stream()
        .map(e -> new Expectation(
            spans.name(Incomplete.require(e.slot)),
            Incomplete.require(e.op).getText(),
            spans.literal(Incomplete.require(e.expectValue())),
            spans.of(e)))
        .filter(Objects::nonNull)
        .toList();
    return new ExampleDecl(spans.string(Incomplete.require(ctx.text)), expectations, spans.of(ctx));
  }

  private HedgeDecl hedge(ClaimsParser.HedgeDeclContext ctx) {
    return new HedgeDecl(
        spans.name(Incomplete.require(ctx.IDENT()).getSymbol()),
        Double.parseDouble(Incomplete.require(ctx.amount).getText()),
        spans.of(ctx));
  }
}
