package io.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantsTest {

  /** Given a British spelling, when it is made American, then it is the American word. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // -ise family → -ize
      "organised, organized", "organise, organize", "organising, organizing", "organiser, organizer",
      "organisers, organizers", "organisation, organization", "organisations, organizations",
      "organisational, organizational", "terrorise, terrorize", "terrorised, terrorized", "recognise, recognize",
      "recognisable, recognizable", "apologises, apologizes", "criticised, criticized", "emphasise, emphasize",
      "realised, realized", "prioritise, prioritize", "mobilisation, mobilization", "civilisation, civilization",
      "economise, economize", "characterise, characterize", "minimise, minimize", "appetising, appetizing",
      "organisation's, organization's",
      // -lyse → -lyze
      "analyse, analyze", "analysed, analyzed", "paralysing, paralyzing", "catalyse, catalyze",
      // -our → -or, with what follows it
      "honour, honor", "honours, honors", "dishonourable, dishonorable", "favourite, favorite",
      "favour, favor", "colourful, colorful", "behaviour, behavior", "behavioural, behavioral",
      "neighbourhood, neighborhood", "labour, labor", "harbouring, harboring", "rumoured, rumored",
      "armoured, armored", "valour, valor", "odour, odor", "saviour, savior", "endeavour, endeavor",
      "colourised, colorized",
      // -tre, -bre → -ter, -ber
      "centre, center", "centres, centers", "centred, centered", "theatre, theater", "metre, meter",
      "litres, liters", "fibre, fiber", "sombre, somber", "spectre, specter",
      // defence, offence, licence, pretence; practise
      "defence, defense", "defences, defenses", "defenceless, defenseless", "offence, offense",
      "licence, license", "pretence, pretense", "practise, practice", "practising, practicing",
      // a doubled l in an unstressed syllable
      "travelled, traveled", "travelling, traveling", "traveller, traveler", "travellers, travelers",
      "cancelled, canceled", "labelled, labeled", "modelling, modeling", "fuelled, fueled",
      "signalled, signaled", "counsellor, counselor", "quarrelled, quarreled", "dialled, dialed",
      "gruelling, grueling", "channelled, channeled", "totalled, totaled",
      // listed words
      "programme, program", "grey, gray", "judgement, judgment", "sceptical, skeptical", "manoeuvre, maneuver",
      "catalogue, catalog", "fulfilment, fulfillment", "jewellery, jewelry", "aluminium, aluminum",
  })
  void britishSpellingsBecomeAmerican(String british, String american) {
    assertThat(SpellingVariants.american(british)).isEqualTo(american);
    assertThat(SpellingVariants.american(american)).as("an American word is its own spelling").isEqualTo(american);
  }

  /** Given a word that only looks like a British variant, when it is made American, then it is unchanged. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // -ise words that are never -ize
      "rise", "rising", "arise", "arising", "uprising", "sunrise", "wise", "otherwise", "likewise", "wiser",
      "precise", "concise", "exercise", "exercised", "excise", "incisive", "circumcise", "advertise", "advertising",
      "advertisers", "advise", "adviser", "advised", "devise", "revise", "supervised", "televised", "improvise",
      "improvisation", "promise", "promising", "compromise", "premises", "demise", "surmise", "surprise",
      "surprising", "comprise", "enterprise", "enterprising", "reprise", "apprised", "expertise", "chastise",
      "treatise", "merchandise", "paradise", "despise", "franchise", "raise", "raised", "praise", "noise",
      "poised", "cruise", "bruised", "disguise", "crises", "irises", "miser", "kaiser", "fundraiser", "anise",
      // -our words that are not -or words
      "four", "fourth", "pour", "poured", "tour", "tourist", "your", "yours", "yourself", "hour", "hours", "hourly",
      "our", "ours", "ourselves", "flour", "sour", "scour", "detour", "contour", "devour", "devoured", "amour",
      "course", "source", "court", "journey", "nourish", "flourish", "courage", "encourage",
      // -tre, -bre, -tred words that are not -ter, -ber
      "hatred", "timbre", "macabre", "acre", "massacre", "genre", "ogre", "notre",
      // -ence words that are -ence in American English too
      "fence", "hence", "presence", "evidence", "offend", "defend", "licensed",
      // a doubled l that American English keeps: one syllable, or a stressed last one
      "filled", "filling", "called", "calling", "spelled", "killing", "willing", "pulled", "rolled", "smaller",
      "taller", "seller", "teller", "dwelling", "yelled", "quelled", "compelled", "compelling", "expelled",
      "propeller", "dispelled", "excelled", "rebelled", "recalled", "installed", "installing", "appalling",
      "enthralled", "controlled", "patrolling", "bestseller", "storyteller", "snowballed", "stonewalled",
      // already American, or the same in both
      "organized", "center", "honor", "defense", "traveled", "analysis", "analyst", "crisis", "program",
  })
  void wordsThatOnlyLookBritishAreUnchanged(String word) {
    assertThat(SpellingVariants.american(word)).isEqualTo(word);
  }
}
