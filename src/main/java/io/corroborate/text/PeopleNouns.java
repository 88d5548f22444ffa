package io.corroborate.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nouns for groups of people: the generic word ("people"), the heads that name people by what they are
 * ("fans", "passengers"), and among those the armed and the accused, whom news names by their role and never
 * as "people" ("killed 129 people" leaves out the seven attackers; "1,500 people" at a concert are not the
 * 1,500 troops deployed that night).
 */
public final class PeopleNouns {
  private PeopleNouns() {}

  /** Words that say only that a group is of people. */
  private static final Set<String> GENERIC = Set.of("people", "persons", "individuals");

  /** Plural heads for people, listed: word endings alone are too loose for this ("containers", "sectors"). */
  private static final Set<String> PLURALS = Set.of("people", "persons", "individuals", "men", "women",
      "children", "kids", "adults", "youths", "teenagers", "students", "pupils", "troops", "soldiers", "police",
      "officers", "personnel", "crew", "guards", "hostages", "victims", "survivors", "fans", "spectators",
      "supporters", "audience", "concertgoers", "passengers", "travellers", "travelers", "tourists",
      "visitors", "guests", "diners", "customers", "shoppers", "patrons", "worshippers", "worshipers",
      "pilgrims", "mourners", "residents", "inhabitants", "villagers", "locals", "citizens", "civilians",
      "nationals", "workers", "employees", "staff", "volunteers", "protesters", "protestors",
      "demonstrators", "marchers", "participants", "athletes", "runners", "voters", "patients", "migrants",
      "refugees", "evacuees", "families", "sons", "daughters", "brothers", "sisters", "suspects",
      "militants", "attackers", "assailants", "gunmen", "fighters", "terrorists", "jihadists", "bombers",
      "raiders", "shooters", "kidnappers", "hijackers", "rebels", "insurgents", "commandos", "drivers", "sailors",
      "miners", "farmers", "firefighters", "paramedics", "doctors", "nurses", "officials", "journalists",
      "reporters", "teachers", "players", "climbers", "hikers", "swimmers", "divers", "rescuers", "fishermen");

  /** The armed and the accused, among {@link #PLURALS}, and the words the rules key them by. */
  private static final Set<String> ARMED = Set.of("troops", "soldiers", "police", "officers", "personnel",
      "guards", "suspects", "militants", "attackers", "assailants", "gunmen", "fighters", "terrorists",
      "jihadists", "bombers", "policemen", "gendarmes", "forces", "servicemen", "combatants", "raiders",
      "shooters", "kidnappers", "hijackers", "rebels", "insurgents", "commandos");

  private static final Set<String> SINGULARS = PLURALS.stream().map(NounForms::singular).collect(Collectors.toSet());
  private static final Set<String> ARMED_SINGULARS = ARMED.stream().map(NounForms::singular).collect(Collectors.toSet());

  /** Whether a plural head is listed as naming people ("fans", "troops"); a singular is not. */
  public static boolean listedPlural(String head) {
    return PLURALS.contains(head.toLowerCase(Locale.ROOT));
  }

  /** Whether a noun phrase, as keyed ("people"), says no more than that its group is of people. */
  public static boolean generic(String phrase) {
    return GENERIC.contains(phrase.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a noun phrase, as keyed ("fan", "velorian troops"), names people by what they are, and not as
   * armed or accused: the groups a generic "people" may stand for. Its last word decides, singular or plural;
   * a "-goer" is one ("concert-goers").
   */
  public static boolean unarmed(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT).strip();
    String last = lower.substring(lower.lastIndexOf(' ') + 1);
    if (generic(lower) || ARMED.contains(last) || ARMED_SINGULARS.contains(last)) {
      return false;
    }
    return PLURALS.contains(last) || SINGULARS.contains(last) || last.endsWith("goer") || last.endsWith("goers");
  }
}
