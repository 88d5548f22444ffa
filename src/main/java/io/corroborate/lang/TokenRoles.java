package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.lang.antlr.ClaimsParserBaseVisitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the parse tree says about each token, by token index, for {@link Formatter}. The token type
 * alone is not enough: {@code {}} opens a block or a repetition, {@code :} declares a slot or types a
 * capture, and only the tree knows where a declaration or a claim member starts and ends.
 */
final class TokenRoles extends ClaimsParserBaseVisitor<Void> {
  /** The part a token plays where its type is ambiguous; most tokens have none. */
  enum Role {
    NONE,
    MEMBER_START,
    BLOCK_OPEN,
    BLOCK_CLOSE,
    /** The '{' of {@code p{1,3}} or {@code ...{0,4}}. */
    REPEAT_OPEN,
    /** Everything after that '{' up to and including its '}'. */
    REPEAT_BODY,
    /** The ':' of a typed or group capture ({@code n:NUMBER}, {@code what:(...)}). */
    TIGHT_COLON,
    /** The ':' of a typed lexicon ({@code lexicon Officials : PERSON}). */
    SPACED_COLON,
    /** A '(' written against the name before it ({@code claim Injured(}, {@code agree(}). */
    CALL_PAREN,
    /** The '[' that opens a token test ({@code [pos=PROPN]}): a space before it, none after. */
    ATOM_OPEN,
    /** The '=' inside a token test, written tight ({@code pos=PROPN}). */
    TIGHT_ASSIGN
  }

  /** The braces of a lexicon or claim body, by token index. */
  record Block(int open, int close, boolean claim) {
    boolean encloses(int index) {
      return index > open && index < close;
    }
  }

  /** One declaration: its keyword's token type, its first and last token index, and its body. */
  record Decl(int ordinal, int kind, int start, int stop, Block block) {}

  private final Role[] roles;
  private final Decl[] declOf;
  private final List<Decl> decls = new ArrayList<>();

  private TokenRoles(int tokenCount) {
    roles = new Role[tokenCount];
    Arrays.fill(roles, Role.NONE);
    declOf = new Decl[tokenCount];
  }

  static TokenRoles of(ClaimsParser.FileContext tree, int tokenCount) {
    TokenRoles roles = new TokenRoles(tokenCount);
    tree.accept(roles);
    return roles;
  }

  Role role(int index) {
    return roles[index];
  }

  /** The declaration a default-channel token belongs to. */
  Decl declOf(int index) {
    return declOf[index];
  }

  /** The declaration after {@code decl} in the file, or null. */
  Decl next(Decl decl) {
    return decl.ordinal() + 1 < decls.size() ? decls.get(decl.ordinal() + 1) : null;
  }

  @Override
  public Void visitRulesetDecl(ClaimsParser.RulesetDeclContext ctx) {
    return declare(ctx, null);
  }

  @Override
  public Void visitImportDecl(ClaimsParser.ImportDeclContext ctx) {
    return declare(ctx, null);
  }

  /** Any kind of declaration, so one added to the grammar is laid out without a change here. */
  @Override
  public Void visitDeclaration(ClaimsParser.DeclarationContext ctx) {
    Block block = null;
    if (ctx.getChild(0) instanceof ClaimsParser.LexiconDeclContext lexicon && lexicon.LBRACE() != null) {
      block = block(lexicon.LBRACE(), lexicon.RBRACE(), false);
    } else if (ctx.getChild(0) instanceof ClaimsParser.ClaimDeclContext claim) {
      block = block(claim.LBRACE(), claim.RBRACE(), true);
    }
    return declare(ctx, block);
  }

  @Override
  public Void visitLexiconDecl(ClaimsParser.LexiconDeclContext ctx) {
    mark(ctx.COLON(), Role.SPACED_COLON);
    return visitChildren(ctx);
  }

  @Override
  public Void visitClaimDecl(ClaimsParser.ClaimDeclContext ctx) {
    mark(ctx.LPAREN(), Role.CALL_PAREN);
    return visitChildren(ctx);
  }

  @Override
  public Void visitPatternMember(ClaimsParser.PatternMemberContext ctx) {
    roles[ctx.getStart().getTokenIndex()] = Role.MEMBER_START;
    return visitChildren(ctx);
  }

  @Override
  public Void visitExampleMember(ClaimsParser.ExampleMemberContext ctx) {
    roles[ctx.getStart().getTokenIndex()] = Role.MEMBER_START;
    return visitChildren(ctx);
  }

  @Override
  public Void visitRangeQ(ClaimsParser.RangeQContext ctx) {
    return repetition(ctx.LBRACE(), ctx.RBRACE());
  }

  @Override
  public Void visitGapAtom(ClaimsParser.GapAtomContext ctx) {
    return ctx.LBRACE() == null ? null : repetition(ctx.LBRACE(), ctx.RBRACE());
  }

  @Override
  public Void visitTypedCapture(ClaimsParser.TypedCaptureContext ctx) {
    mark(ctx.COLON(), Role.TIGHT_COLON);
    return visitChildren(ctx);
  }

  @Override
  public Void visitGroupCapture(ClaimsParser.GroupCaptureContext ctx) {
    mark(ctx.COLON(), Role.TIGHT_COLON);
    return visitChildren(ctx);
  }

  @Override
  public Void visitPosAtom(ClaimsParser.PosAtomContext ctx) {
    mark(ctx.LBRACK(), Role.ATOM_OPEN);
    mark(ctx.ASSIGN(), Role.TIGHT_ASSIGN);
    return visitChildren(ctx);
  }

  @Override
  public Void visitCountCond(ClaimsParser.CountCondContext ctx) {
    mark(ctx.LPAREN(), Role.CALL_PAREN);
    return visitChildren(ctx);
  }

  @Override
  public Void visitAgreeCond(ClaimsParser.AgreeCondContext ctx) {
    mark(ctx.LPAREN(), Role.CALL_PAREN);
    return visitChildren(ctx);
  }

  private Void declare(ParserRuleContext ctx, Block block) {
    int start = ctx.getStart().getTokenIndex();
    int stop = ctx.getStop().getTokenIndex();
    Decl decl = new Decl(decls.size(), ctx.getStart().getType(), start, stop, block);
    decls.add(decl);
    Arrays.fill(declOf, start, stop + 1, decl);
    return visitChildren(ctx);
  }

  private Block block(TerminalNode open, TerminalNode close, boolean claim) {
    mark(open, Role.BLOCK_OPEN);
    mark(close, Role.BLOCK_CLOSE);
    return new Block(open.getSymbol().getTokenIndex(), close.getSymbol().getTokenIndex(), claim);
  }

  private Void repetition(TerminalNode open, TerminalNode close) {
    int from = open.getSymbol().getTokenIndex();
    Arrays.fill(roles, from + 1, close.getSymbol().getTokenIndex() + 1, Role.REPEAT_BODY);
    roles[from] = Role.REPEAT_OPEN;
    return null;
  }

  private void mark(TerminalNode node, Role role) {
    if (node != null) {
      roles[node.getSymbol().getTokenIndex()] = role;
    }
  }
}
