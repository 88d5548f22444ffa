package io.corroborate.extract;

import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.match.Match;
import io.corroborate.text.Sentence;
import io.corroborate.text.Token;
import io.corroborate.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * A figure said of "there" belongs to a site an earlier sentence names ("It ended when police stormed the
 * concert hall. One attacker there was killed."): for a kind keyed by an optional place, the match without
 * its place would key the site's figure as the whole event's, so it makes no claim. Finding the site would
 * need the sentences before; until then the figure is left out rather than filed under the wrong fact. The
 * same goes for a site named by what it is, "at the venue", and for a figure coordinated with one that is
 * ("killed 89 people at the venue and critically injured 99 others").
 */
final class SiteAnaphors {
  private SiteAnaphors() {}

  /**
   * Words that call a site by what it is only after a story has named it. "The market" or "the station" can be
   * a one-site story's own scene ("five people were killed at the market"), and "the scene" is often the whole
   * event's ("died at the scene"): only a venue is always one named before.
   */
  private static final Set<String> SITE_NOUNS = Set.of("venue", "venues", "premises");

  /**
   * True when the match leaves a place slot of its kind empty and says "there" after its first word ("four
   * attackers there were dead") or right after it ("died there").
   */
  static boolean placeElsewhere(ClaimKind kind, Match match, Sentence sentence) {
    if (!hasOptionalPlace(kind) || capturesPlace(kind, match)) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    return thereInOrAfter(match, tokens) || siteAt(tokens, match.end()) || coordinatedWithSite(tokens, match.start());
  }

  private static boolean thereInOrAfter(Match match, List<Token> tokens) {
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

  /** "at the venue" or "inside the concert hall" starting at token {@code i}. */
  private static boolean siteAt(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !Set.of("at", "in", "inside").contains(tokens.get(i).lower())
        || !tokens.get(i + 1).lower().equals("the")) {
      return false;
    }
    Token word = tokens.get(i + 2);
    if (SITE_NOUNS.contains(word.lower())) {
      return true;
    }
    // "the concert hall", but not "the Bataclan concert hall": a name is a place of its own
    boolean modifier = word.kind() == TokenKind.WORD && Character.isLowerCase(word.text().charAt(0));
    return modifier && i + 3 < tokens.size() && SITE_NOUNS.contains(tokens.get(i + 3).lower());
  }

  /** The match follows "… at the venue and" or "… there and": one subject's coordinated deeds at one site. */
  private static boolean coordinatedWithSite(List<Token> tokens, int start) {
    while (start > 0 && tokens.get(start - 1).lower().endsWith("ly")) {
      start--; // "… and critically injured 99": the shorter match starts after the adverb
    }
    if (start < 2 || !tokens.get(start - 1).lower().equals("and")) {
      return false;
    }
    return tokens.get(start - 2).lower().equals("there")
        || start >= 4 && siteAt(tokens, start - 4)
        || start >= 5 && siteAt(tokens, start - 5);
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
