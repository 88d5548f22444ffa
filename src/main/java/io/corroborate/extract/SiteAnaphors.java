package io.corroborate.extract;

import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.match.Match;
import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import io.corroborate.text.TokenKind;
import java.util.List;

/**
 * A figure said of "there" belongs to a site an earlier sentence names ("It ended when police stormed the
 * concert hall. One attacker there was killed."): for a kind keyed by an optional place, the match without
 * its place would key the site's figure as the whole event's, so it makes no claim. Finding the site would
 * need the sentences before; until then the figure is left out rather than filed under the wrong fact.
 */
final class SiteAnaphors {
  private SiteAnaphors() {}

  /**
   * True when the match leaves a place slot of its kind empty and says "there" after its first word ("four
   * attackers there were dead") or right after it ("died there").
   */
  static boolean placeElsewhere(ClaimKind kind, Match match, Sentence sentence) {
    if (!hasOptionalPlace(kind) || capturesPlace(kind, match)) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    // the word right after the match too ("died there."), but not past its closing punctuation: "dozens
    // killed, there are many injured" starts another clause
    boolean open = tokens.get(match.end() - 1).kind() != TokenKind.PUNCT;
    int last = open ? Math.min(match.end(), tokens.size() - 1) : match.end() - 1;
    for (int i = match.start() + 1; i <= last; i++) {
      if (tokens.get(i).lower().equals("there")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOptionalPlace(ClaimKind kind) {
    for (Slot slot : kind.keySlots()) {
      if (slot.optional() && slot.type().base() == SlotType.Base.PLACE) {
        return true;
      }
    }
    return false;
  }

  private static boolean capturesPlace(ClaimKind kind, Match match) {
    for (Match.Capture capture : match.captures()) {
      if (kind.slot(capture.slot()).orElseThrow().type().base() == SlotType.Base.PLACE) {
        return true;
      }
    }
    return false;
  }
}
