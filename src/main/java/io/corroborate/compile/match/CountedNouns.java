package io.corroborate.compile.match;

import io.corroborate.text.Dimension;
import io.corroborate.text.MentionType;
import io.corroborate.text.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * The counted noun phrases of a stretch of a sentence ("nine militants"), read as a {@code n:QUANTITY[count]
 * what:NOUN} pattern would read them: the same numbers, the same noun phrases, the same canonical heads. For
 * figures that leave their noun out ("…, and seven died") and take it from a phrase before them.
 */
public final class CountedNouns {
  /**
   * One counted noun phrase: tokens {@code [start, end)}, its count, its canonical noun, and its head word as
   * written, in lower case.
   */
  public record Counted(int start, int end, Quantity count, String noun, String head) {}

  private static final int COUNT = 0;
  private static final int NOUN = 1;
  private final Node count = new Captures.Numeric(COUNT, MentionType.QUANTITY, Dimension.COUNT);
  private final Node noun;

  /** @param heads the rule set's {@code NOUN} lexicons, which canonicalize heads as its patterns do */
  public CountedNouns(List<LexiconTrie> heads) {
    this.noun = new Captures.NounPhrase(NOUN, heads);
  }

  /**
   * Every reading of a counted noun phrase that starts in {@code [from, to)} and ends by {@code to}, longest
   * first for each start: the tagger may take a verb for a noun ("six gunmen shot"), so the shorter readings
   * are there too.
   */
  public List<Counted> in(MatchInput input, int from, int to) {
    MatchState state = new MatchState(input, 2);
    List<Counted> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      int start = i;
      state.reset();
      count.match(state, start, afterCount -> noun.match(state, afterCount, end -> {
        if (end <= to) {
          out.add(new Counted(start, end, (Quantity) state.captureValue[COUNT],
              String.valueOf(Captures.resolve(state.captureValue[NOUN])), state.tokens.get(end - 1).lower()));
        }
        return false; // on to the next reading
      }));
    }
    return out;
  }
}
