package io.corroborate.extract;

import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.match.CountedNouns;
import io.corroborate.compile.match.Match;
import io.corroborate.compile.match.MatchInput;
import io.corroborate.text.NounForms;
import io.corroborate.text.PeopleNouns;
import io.corroborate.text.Quantity;
import io.corroborate.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure that opens the second of two coordinated clauses without a noun of its own counts the people the
 * first clause counted: in "nine gunmen stormed the hall, and seven died" the seven are seven of the gunmen.
 * Such a figure takes that noun for its empty optional {@code NOUN} key slot when the clause before counts
 * exactly one group of people, at least as many as the figure (the seven dead of "three gunmen opened fire,
 * and seven died" are not gunmen). Anything less certain leaves the slot empty, as it was.
 */
final class ElidedNouns {
  private ElidedNouns() {}

  private static final Set<String> CONJUNCTIONS = Set.of("and", "but");
  /** Where the clause before the conjunction starts, looking back from it. */
  private static final Set<String> CLAUSE_BOUNDS = Set.of(";", ":");
  // agentive endings that rarely name things: "-er", "-or", "-ant", "-ent", "-ee" also end "centers", "doors",
  // "restaurants", "apartments", "trees"
  private static final String[] AGENT_ENDINGS = {"ist", "ian", "man", "men"};

  /**
   * Fills the first empty optional {@code NOUN} key slot of {@code slots} with the counted noun of the clause
   * coordinated before the match, when the match opens with its figure right after the conjunction.
   */
  static void fill(ClaimKind kind, Match match, MatchInput input, CountedNouns counted, Map<String, Object> slots) {
    Slot empty = emptyNounSlot(kind, slots);
    if (empty == null || !opensWithValue(kind, match)) {
      return;
    }
    List<Token> tokens = input.sentence().tokens();
    int conjunction = match.start() - 1;
    if (conjunction < 1 || !CONJUNCTIONS.contains(tokens.get(conjunction).lower())) {
      return;
    }
    int from = clauseStart(tokens, conjunction);
    CountedNouns.Counted antecedent = onlyGroupOfPeople(counted.in(input, from, conjunction));
    Quantity figure = (Quantity) valueCapture(kind, match).value();
    if (antecedent != null && figure.point() <= antecedent.count().point()) {
      slots.put(empty.name(), antecedent.noun());
    }
  }

  private static Slot emptyNounSlot(ClaimKind kind, Map<String, Object> slots) {
    for (Slot slot : kind.keySlots()) {
      if (slot.optional() && slot.type().base() == SlotType.Base.NOUN && slots.get(slot.name()) == null) {
        return slot;
      }
    }
    return null;
  }

  /** "seven died", "seven were killed": the figure is the clause's subject, not "killing seven". */
  private static boolean opensWithValue(ClaimKind kind, Match match) {
    Match.Capture value = valueCapture(kind, match);
    return value != null && value.start() == match.start() && value.value() instanceof Quantity;
  }

  private static Match.Capture valueCapture(ClaimKind kind, Match match) {
    for (Match.Capture capture : match.captures()) {
      if (capture.slot().equals(kind.valueSlot().name())) {
        return capture;
      }
    }
    return null;
  }

  private static int clauseStart(List<Token> tokens, int conjunction) {
    for (int i = conjunction - 1; i >= 0; i--) {
      if (CLAUSE_BOUNDS.contains(tokens.get(i).lower())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The one count of the clause read as counting people, in its longest such reading; null for none or several. */
  private static CountedNouns.Counted onlyGroupOfPeople(List<CountedNouns.Counted> readings) {
    CountedNouns.Counted only = null;
    for (CountedNouns.Counted reading : readings) {
      if (!people(reading.head()) || only != null && only.start() == reading.start()) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = reading;
    }
    return only;
  }

  /**
   * Whether a plural head names people: a listed word ({@link PeopleNouns}), or an agent's ending ("militants",
   * "drivers"), which is loose but enough for the one group of a clause.
   */
  static boolean people(String head) {
    if (PeopleNouns.listedPlural(head)) {
      return true;
    }
    String singular = NounForms.singular(head);
    if (singular.equals(head)) {
      return false; // a count of one, or a mass noun: no group to take a part of
    }
    for (String ending : AGENT_ENDINGS) {
      if (singular.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
