package io.corroborate.check;

import io.corroborate.lang.ast.ClaimDecl;
import io.corroborate.lang.ast.Declaration;
import io.corroborate.lang.ast.FindingDecl;
import io.corroborate.lang.ast.HedgeDecl;
import io.corroborate.lang.ast.LexiconDecl;
import io.corroborate.lang.ast.LexiconEntry;
import io.corroborate.lang.ast.MacroDecl;
import io.corroborate.lang.ast.Name;
import io.corroborate.lang.ast.RuleDecl;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.ErrorCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the symbol tables; reports duplicate names, bad lexicon types and bad hedge settings. */
final class DeclarationStage implements CheckStage {
  private static final List<String> ENTITY_TYPES = List.of("PERSON", "ORG", "PLACE", "SPEAKER", "NOUN");

  @Override
  public void run(CheckContext ctx) {
    Map<String, Name> ruleNames = new HashMap<>();
    Map<String, Name> findingNames = new HashMap<>();
    List<Declaration> named = new java.util.ArrayList<>();
    for (RuleFile file : ctx.files) {
      for (Declaration decl : file.declarations()) {
        Name name = namespaced(decl);
        if (name != null && declared(ctx, name)) {
          named.add(decl);
        } else if (decl instanceof RuleDecl rule && unique(ctx, ruleNames, rule.name(), "rule")) {
          ctx.rules.add(rule);
        } else if (decl instanceof FindingDecl finding && unique(ctx, findingNames, finding.name(), "finding")) {
          ctx.findings.add(finding);
        } else if (decl instanceof HedgeDecl hedge) {
          hedge(ctx, hedge);
        }
      }
    }
    ctx.names.settle();
    for (Declaration decl : named) {
      String key = ctx.names.keyOf(namespaced(decl));
      if (decl instanceof LexiconDecl lexicon) {
        ctx.lexicons.put(key, lexicon(ctx, lexicon, key));
      } else if (decl instanceof ClaimDecl claim) {
        ctx.claimDecls.put(key, claim);
      } else if (decl instanceof MacroDecl macro) {
        ctx.macros.put(key, macro);
      }
    }
  }

  /** Lexicons, claim kinds and named patterns share one namespace per ruleset. */
  private static Name namespaced(Declaration decl) {
    if (decl instanceof LexiconDecl lexicon) {
      return lexicon.name();
    }
    if (decl instanceof ClaimDecl claim) {
      return claim.name();
    }
    return decl instanceof MacroDecl macro ? macro.name() : null;
  }

  private static boolean declared(CheckContext ctx, Name name) {
    if (ctx.names.declare(name)) {
      ctx.firstDeclarations.put(ctx.names.namespaceOf(name) + "\u0000" + name.text(), name);
      return true;
    }
    Name first = ctx.firstDeclarations.get(ctx.names.namespaceOf(name) + "\u0000" + name.text());
    ctx.error(ErrorCode.C002, name.span(), "name `" + name.text() + "` is declared twice",
        "first declared at " + first.span().location());
    return false;
  }

  private static boolean unique(CheckContext ctx, Map<String, Name> seen, Name name, String what) {
    Name first = seen.putIfAbsent(name.text(), name);
    if (first == null) {
      return true;
    }
    ctx.error(ErrorCode.C002, name.span(), what + " `" + name.text() + "` is declared twice",
        "first declared at " + first.span().location());
    return false;
  }

  private static Lexicon lexicon(CheckContext ctx, LexiconDecl decl, String key) {
    SlotType.Base entityType = null;
    if (decl.type() != null) {
      if (ENTITY_TYPES.contains(decl.type().text())) {
        entityType = SlotType.Base.valueOf(decl.type().text());
      } else {
        ctx.error(ErrorCode.C014, decl.type().span(), "a lexicon can refine PERSON, ORG, PLACE, SPEAKER or NOUN, not `"
            + decl.type().text() + "`", DidYouMean.help(decl.type().text(), ENTITY_TYPES));
      }
    }
    Map<String, String> phrases = new LinkedHashMap<>();
    for (LexiconEntry entry : decl.entries()) {
      phrases.putIfAbsent(Phrases.normalize(entry.phrase()), entry.canonical());
    }
    if (decl.file() != null) {
      LexiconFiles.read(ctx, decl.file(), phrases);
    }
    return new Lexicon(key, entityType, phrases, decl.name().span());
  }

  private static void hedge(CheckContext ctx, HedgeDecl hedge) {
    if (!hedge.hedge().text().equals("approximate")) {
      ctx.error(ErrorCode.C016, hedge.hedge().span(), "unknown hedge `" + hedge.hedge().text() + "`",
          "only `hedge approximate within N%` can be set: it is the width of \"roughly N\", \"about N\", \"some N\"");
    } else if (hedge.percent() < 0 || hedge.percent() > 50) {
      ctx.error(ErrorCode.C013, hedge.span(), "hedge width must be between 0% and 50%", null);
    } else {
      ctx.approximateTolerance = hedge.percent() / 100.0;
    }
  }
}
