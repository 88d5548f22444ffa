package io.corroborate.lang;

import io.corroborate.lang.antlr.ClaimsParser;
import io.corroborate.lang.ast.TypeRef;

/** Builds type references; used by slots and typed captures alike. */
final class AstTypes {
  private final Spans spans;

  AstTypes(Spans spans) {
    this.spans = spans;
  }

  TypeRef typeRef(ClaimsParser.TypeRefContext ctx) {
    return new TypeRef(
        spans.name(Incomplete.require(ctx.name)), ctx.unit == null ? null : spans.name(ctx.unit), spans.of(ctx));
  }
}
