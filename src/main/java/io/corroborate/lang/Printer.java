package io.corroborate.lang;

import io.corroborate.lang.TokenRoles.Decl;
import io.corroborate.lang.TokenRoles.Role;
import io.corroborate.lang.antlr.ClaimsLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Writes the tokens out with the {@link Layout}'s breaks and indentation, the {@link Spacing}'s spaces,
 * comments where they were, and the blank-line policy: at most one blank line anywhere, none just
 * inside braces, and exactly one between declarations unless both are one-liners of the same kind.
 */
final class Printer {
  private final List<Token> tokens;
  private final TokenRoles roles;
  private final Layout layout;
  private final Spacing spacing;
  private final StringBuilder out = new StringBuilder();
  private Token previous;
  private boolean started;
  /** The line just printed opened an expanded body: no blank line may follow. */
  private boolean lineOpensBlock;
  /** The declaration whose last token was printed before the current line began, or null. */
  private Decl ended;

  Printer(List<Token> tokens, TokenRoles roles, Layout layout, Spacing spacing) {
    this.tokens = tokens;
    this.roles = roles;
    this.layout = layout;
    this.spacing = spacing;
  }

  String print() {
    int newlines = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getType() == Token.EOF) {
        break;
      } else if (token.getType() == ClaimsLexer.WS) {
        newlines += (int) token.getText().chars().filter(c -> c == '\n').count();
        continue;
      } else if (token.getType() == ClaimsLexer.COMMENT) {
        comment(token, newlines, i);
      } else {
        code(token, newlines);
      }
      newlines = 0;
    }
    return started ? out.append('\n').toString() : "";
  }

  private void comment(Token comment, int newlines, int index) {
    if (started && newlines == 0) {
      out.append(' ').append(text(comment)); // a trailing comment stays on its line
      return;
    }
    startLine(newlines, layout.commentIndent(nextCode(index)), false);
    out.append(text(comment));
  }

  /** A comment's text without trailing white space (the characters the lexer skips as WS). */
  private static String text(Token comment) {
    String text = comment.getText();
    int end = text.length();
    while (end > 0 && " \t\f\u00A0\uFEFF".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private void code(Token token, int newlines) {
    if (previous == null || layout.breaksBefore(token)) {
      startLine(newlines, layout.indent(token), roles.role(token.getTokenIndex()) == Role.BLOCK_CLOSE);
    } else if (spacing.spaced(previous, token)) {
      out.append(' ');
    }
    out.append(token.getText());
    previous = token;
    int index = token.getTokenIndex();
    Decl decl = roles.declOf(index);
    if (roles.role(index) == Role.BLOCK_OPEN && layout.expanded(decl.block())) {
      lineOpensBlock = true;
    }
    if (index == decl.stop()) {
      ended = decl;
    }
  }

  /** Begins a line, after {@code newlines} line breaks in the source; {@code closing}: it starts with a '}'. */
  private void startLine(int newlines, int indent, boolean closing) {
    if (started) {
      out.append('\n');
      if (!closing && !lineOpensBlock && blankLineBefore(newlines > 1)) {
        out.append('\n');
      }
    }
    out.append(" ".repeat(indent));
    started = true;
    lineOpensBlock = false;
    ended = null;
  }

  /** Between declarations the policy decides; elsewhere the author's blank line, if any, is kept. */
  private boolean blankLineBefore(boolean author) {
    if (ended == null) {
      return author;
    }
    Decl following = roles.next(ended);
    if (following == null) {
      return author;
    }
    boolean oneLiners = !layout.multiLine(ended) && !layout.multiLine(following);
    return ended.kind() != following.kind() || !oneLiners || author;
  }

  private Token nextCode(int index) {
    for (int i = index + 1; ; i++) {
      Token token = tokens.get(i);
      if (token.getChannel() == Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
        return token;
      }
    }
  }
}
