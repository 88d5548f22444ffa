package io.corroborate.lang;

import io.corroborate.lang.TokenRoles.Block;
import io.corroborate.lang.TokenRoles.Decl;
import io.corroborate.lang.TokenRoles.Role;
import io.corroborate.lang.antlr.ClaimsLexer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Where lines break and how deep each line is indented. Breaks are decided once, before printing, so
 * the blank-line policy can ask whether a declaration spans several lines of the output. The author's
 * own line breaks are kept except where the canonical layout needs one or forbids one; that makes the
 * result a function of the tokens plus the author's breaks, which is what makes formatting idempotent.
 */
final class Layout {
  static final int STEP = 2;
  /** Keywords that open a clause of a declaration; a line starting with one is indented one step. */
  private static final Set<Integer> CLAUSES = Set.of(ClaimsLexer.FROM, ClaimsLexer.VALUE, ClaimsLexer.ON,
      ClaimsLexer.SEVERITY, ClaimsLexer.WHEN, ClaimsLexer.THEN, ClaimsLexer.MESSAGE, ClaimsLexer.SUPPRESS);

  private final List<Token> tokens;
  private final TokenRoles roles;
  private final Spacing spacing;
  private final boolean[] breakBefore;
  private final Map<Block, Boolean> expanded = new HashMap<>();

  Layout(List<Token> tokens, TokenRoles roles, Spacing spacing) {
    this.tokens = tokens;
    this.roles = roles;
    this.spacing = spacing;
    this.breakBefore = new boolean[tokens.size()];
    Token previous = null;
    boolean comment = false;
    boolean newline = false;
    for (Token token : tokens) {
      if (token.getType() == ClaimsLexer.WS) {
        newline |= token.getText().indexOf('\n') >= 0;
      } else if (token.getType() == ClaimsLexer.COMMENT) {
        comment = true;
      } else if (token.getType() != Token.EOF) {
        if (previous != null) {
          breakBefore[token.getTokenIndex()] = breaks(previous, token, comment, newline);
        }
        previous = token;
        comment = false;
        newline = false;
      }
    }
  }

  /** True if a default-channel token starts a line of the output (false for the very first). */
  boolean breaksBefore(Token token) {
    return breakBefore[token.getTokenIndex()];
  }

  /** Claim bodies always take one line per member; a lexicon body only if the author broke it. */
  boolean expanded(Block block) {
    return expanded.computeIfAbsent(block, b -> {
      boolean content = false;
      boolean newline = false;
      for (int i = b.open() + 1; i < b.close(); i++) {
        Token token = tokens.get(i);
        boolean space = token.getType() == ClaimsLexer.WS;
        content |= !space;
        newline |= space ? token.getText().indexOf('\n') >= 0 : token.getType() == ClaimsLexer.COMMENT;
      }
      return content && (b.claim() || newline);
    });
  }

  /** True if the declaration takes more than one line of the output; claim kinds always count as blocks. */
  boolean multiLine(Decl decl) {
    if (decl.block() != null && decl.block().claim()) {
      return true;
    }
    for (int i = decl.start() + 1; i <= decl.stop(); i++) {
      if (breakBefore[i]) {
        return true;
      }
    }
    return false;
  }

  /** Indentation of a line that starts with this default-channel token. */
  int indent(Token token) {
    int index = token.getTokenIndex();
    Decl decl = roles.declOf(index);
    Block block = decl.block();
    if (index == decl.start() || block != null && (index == block.open() || index == block.close())) {
      return 0;
    }
    if (block != null && block.encloses(index)) {
      return block.claim() && roles.role(index) != Role.MEMBER_START ? 2 * STEP : STEP;
    }
    return CLAUSES.contains(token.getType()) ? STEP : 2 * STEP;
  }

  /** Indentation of a full-line comment: that of the line it stands above, inside a block if it closes one. */
  int commentIndent(Token next) {
    if (next.getType() == Token.EOF) {
      return 0;
    }
    return roles.role(next.getTokenIndex()) == Role.BLOCK_CLOSE ? STEP : indent(next);
  }

  private boolean breaks(Token previous, Token token, boolean comment, boolean newline) {
    if (comment) {
      return true; // a comment runs to the end of its line
    }
    int index = token.getTokenIndex();
    Decl decl = roles.declOf(index);
    if (index == decl.start() || roles.role(index) == Role.MEMBER_START) {
      return true;
    }
    Block block = decl.block();
    if (block != null && (index == block.close() || previous.getTokenIndex() == block.open())) {
      return expanded(block);
    }
    if (roles.role(index) == Role.BLOCK_OPEN || spacing.bindsLeft(token) || spacing.bindsRight(previous)) {
      return false;
    }
    return newline;
  }
}
