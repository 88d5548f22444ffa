package io.corroborate.lang;

import io.corroborate.lang.TokenRoles.Role;
import io.corroborate.lang.antlr.ClaimsLexer;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Which tokens bind to their neighbour. Everything else is separated by one space on a line, so the
 * rule is stated once, as the short list of exceptions, and the line breaker reuses it: a line never
 * starts with a token that binds to the left, nor ends with one that binds to the right.
 */
final class Spacing {
  /** Punctuation that always sits against the token before it: {@code a, b}, {@code p?}, {@code 5%}. */
  private static final Set<Integer> LEFT = Set.of(ClaimsLexer.COMMA, ClaimsLexer.SEMI, ClaimsLexer.RPAREN,
      ClaimsLexer.LBRACK, ClaimsLexer.RBRACK, ClaimsLexer.PERCENT, ClaimsLexer.DOT, ClaimsLexer.QUESTION,
      ClaimsLexer.STAR, ClaimsLexer.PLUS);
  /** Punctuation that always sits against the token after it: {@code (a}, {@code [area}, {@code a.b}. */
  private static final Set<Integer> RIGHT = Set.of(ClaimsLexer.LPAREN, ClaimsLexer.LBRACK, ClaimsLexer.DOT);

  private final TokenRoles roles;

  Spacing(TokenRoles roles) {
    this.roles = roles;
  }

  /** True if one space goes between two default-channel tokens written on the same line. */
  boolean spaced(Token previous, Token next) {
    if (roles.role(previous.getTokenIndex()) == Role.BLOCK_OPEN && roles.role(next.getTokenIndex()) == Role.BLOCK_CLOSE) {
      return false; // an empty body: {}
    }
    return !bindsLeft(next) && !bindsRight(previous);
  }

  boolean bindsLeft(Token token) {
    Role role = roles.role(token.getTokenIndex());
    if (token.getType() == ClaimsLexer.COLON) {
      return role != Role.SPACED_COLON;
    }
    if (role == Role.ATOM_OPEN) {
      return false;
    }
    return role == Role.TIGHT_ASSIGN || LEFT.contains(token.getType())
        || role == Role.REPEAT_OPEN || role == Role.REPEAT_BODY || role == Role.CALL_PAREN;
  }

  boolean bindsRight(Token token) {
    Role role = roles.role(token.getTokenIndex());
    return RIGHT.contains(token.getType()) || role == Role.REPEAT_OPEN || role == Role.TIGHT_COLON
        || role == Role.TIGHT_ASSIGN;
  }
}
