package io.corroborate.check;

import io.corroborate.lang.ast.TypeRef;
import io.corroborate.source.ErrorCode;
import io.corroborate.text.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Resolves a written type to a {@link SlotType}, reporting unknown types and units. */
final class TypeResolver {
  private static final List<String> BUILTINS =
      List.of("QUANTITY", "NUMBER", "DATE", "TIME", "PERSON", "ORG", "PLACE", "SPEAKER", "NOUN", "QUOTE", "TEXT");

  private TypeResolver() {}

  /** The type, or null after reporting why it is not one. */
  static SlotType resolve(CheckContext ctx, TypeRef ref) {
    String name = ref.name().text();
    SlotType.Base base = SlotType.builtin(name);
    if (base == null) {
      String key = ctx.resolve(ref.name());
      if (key != null && ctx.lexicons.containsKey(key)) {
        return unitless(ctx, ref, SlotType.lexicon(key));
      }
      if (!ctx.names.ambiguous(ref.name()).isEmpty()) {
        return null; // reported by resolve
      }
      List<String> known = new ArrayList<>(BUILTINS);
      known.addAll(ctx.lexicons.keySet());
      ctx.error(ErrorCode.C014, ref.name().span(), "unknown type `" + name + "`",
          orList(DidYouMean.help(name, known), "types are " + String.join(", ", BUILTINS) + " or a lexicon name"));
      return null;
    }
    if (ref.unit() == null) {
      return SlotType.of(base);
    }
    if (base != SlotType.Base.QUANTITY) {
      return unitless(ctx, ref, SlotType.of(base));
    }
    Dimension dimension = SlotType.dimension(ref.unit().text());
    if (dimension == Dimension.DATE || dimension == Dimension.TIME) {
      ctx.error(ErrorCode.C014, ref.unit().span(), "`" + ref.unit().text() + "` is a type of its own, not a unit kind",
          "write `" + dimension.name() + "`");
      return null;
    }
    if (dimension == null) {
      List<String> dims = Arrays.stream(Dimension.values())
          .filter(d -> d != Dimension.DATE && d != Dimension.TIME).map(Dimension::ruleName).toList();
      ctx.error(ErrorCode.C014, ref.unit().span(), "unknown unit kind `" + ref.unit().text() + "`",
          orList(DidYouMean.help(ref.unit().text(), dims), "unit kinds are " + String.join(", ", dims)));
      return null;
    }
    return new SlotType(base, dimension, null);
  }

  private static SlotType unitless(CheckContext ctx, TypeRef ref, SlotType type) {
    if (ref.unit() != null) {
      ctx.error(ErrorCode.C014, ref.unit().span(), "only QUANTITY takes a unit kind in brackets", null);
      return null;
    }
    return type;
  }

  private static String orList(String suggestion, String fallback) {
    return suggestion != null ? suggestion : fallback;
  }
}
