package io.corroborate.lang.ast;

import io.corroborate.source.SourceSpan;
import java.util.List;

/** A token pattern. Patterns are matched inside one sentence and never cross its boundary. */
public sealed interface Pattern {
  SourceSpan span();

  /** {@code a | b | c}. */
  record Alt(List<Pattern> options, SourceSpan span) implements Pattern {
    public Alt {
      options = List.copyOf(options);
    }
  }

  /** {@code a b c}. */
  record Seq(List<Pattern> items, SourceSpan span) implements Pattern {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** {@code p?}, {@code p*}, {@code p+}, {@code p{m,n}}; {@code max} is {@link #UNBOUNDED} for none. */
  record Repeat(Pattern inner, int min, int max, SourceSpan span) implements Pattern {
    public static final int UNBOUNDED = -1;
  }

  /** {@code "North Korean"}: case-insensitive words, matched token by token. */
  record Literal(String text, SourceSpan span) implements Pattern {}

  /** A bare name: a lexicon. */
  record Ref(Name name, SourceSpan span) implements Pattern {}

  /** {@code count:QUANTITY}, {@code group:Nationality}. */
  record TypedCapture(Name capture, TypeRef type, SourceSpan span) implements Pattern {}

  /** {@code who:( ... )}: captures the text of a sub-pattern. */
  record GroupCapture(Name capture, Pattern inner, SourceSpan span) implements Pattern {}

  /** {@code /regex/}: a test on one token's text. */
  record RegexTest(String regex, SourceSpan span) implements Pattern {}

  /** {@code not X}: one token that X (a one-token test) does not match. */
  record Not(Pattern inner, SourceSpan span) implements Pattern {}

  /** {@code [pos=PROPN]}: one token with this part-of-speech tag. */
  record PosTest(Name key, Name tag, SourceSpan span) implements Pattern {}

  /** {@code ^} (sentence start) or {@code $} (sentence end): matches no token, only a position. */
  record Anchor(boolean start, SourceSpan span) implements Pattern {}

  /** {@code ...{min,max}}: skips between min and max tokens. */
  record Gap(int min, int max, SourceSpan span) implements Pattern {}
}
