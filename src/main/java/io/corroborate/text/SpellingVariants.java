package io.corroborate.text;

import java.util.List;
import java.util.Map;

/**
 * One spelling for words that British and American English spell differently ("organised" and
 * "organized", "defence" and "defense", "travelled" and "traveled"), so that two outlets quoting the same
 * sentence in their own house style quote the same words. The American spelling is the one kept, so
 * American words map to themselves and only British patterns are rewritten. Each pattern lists the words
 * that share it without being a variant ("rise", "exercise", "four", "compelled", "hatred"): rewriting
 * them would do no harm as long as both outlets spell them alike, but a rewritten word must never meet
 * a different word ("four" must not become "for").
 *
 * <p>Rules, in order: a table of single words ("programme", "grey"); defence, offence, licence, pretence
 * and practise; -lyse → -lyze; -ise → -ize (and -ised, -ising, -iser, -isation, ...); -our → -or after a
 * known stem ("honour", "favourite"); -tre and -bre → -ter and -ber; a doubled l before -ed, -ing, -er and
 * -or after an unstressed last syllable ("travelled", "signalling").
 */
final class SpellingVariants {
  private SpellingVariants() {}

  /** The American spelling of a lower-case word, or the word itself. A possessive 's is kept. */
  static String american(String word) {
    if (word.endsWith("'s") && word.length() > 2) {
      return american(word.substring(0, word.length() - 2)) + "'s";
    }
    String listed = WORDS.get(word);
    if (listed != null) {
      return listed;
    }
    return doubledL(reTre(our(ise(lyse(nceStems(word))))));
  }

  /** Variants no rule covers; British on the left. */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("programme", "program"), Map.entry("programmes", "programs"), Map.entry("grey", "gray"),
      Map.entry("judgement", "judgment"), Map.entry("judgements", "judgments"), Map.entry("ageing", "aging"),
      Map.entry("sceptic", "skeptic"), Map.entry("sceptics", "skeptics"), Map.entry("sceptical", "skeptical"),
      Map.entry("scepticism", "skepticism"), Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
      Map.entry("manoeuvred", "maneuvered"), Map.entry("manoeuvring", "maneuvering"), Map.entry("meagre", "meager"),
      Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"), Map.entry("analogue", "analog"),
      Map.entry("enrol", "enroll"), Map.entry("enrols", "enrolls"), Map.entry("enrolment", "enrollment"),
      Map.entry("fulfil", "fulfill"), Map.entry("fulfils", "fulfills"), Map.entry("fulfilment", "fulfillment"),
      Map.entry("instil", "instill"), Map.entry("instalment", "installment"), Map.entry("skilful", "skillful"),
      Map.entry("wilful", "willful"), Map.entry("jewellery", "jewelry"), Map.entry("aluminium", "aluminum"),
      Map.entry("sulphur", "sulfur"), Map.entry("moustache", "mustache"), Map.entry("pyjamas", "pajamas"),
      Map.entry("plough", "plow"), Map.entry("mould", "mold"), Map.entry("artefact", "artifact"),
      Map.entry("artefacts", "artifacts"), Map.entry("paediatric", "pediatric"), Map.entry("anaesthetic", "anesthetic"),
      Map.entry("haemorrhage", "hemorrhage"), Map.entry("foetus", "fetus"), Map.entry("oestrogen", "estrogen"),
      Map.entry("diarrhoea", "diarrhea"), Map.entry("gaol", "jail"));

  /** Word beginnings spelt with c in British English where American English has s, and practise/practice. */
  private static final List<String[]> NCE_STEMS = List.of(new String[] {"defence", "defense"},
      new String[] {"offence", "offense"}, new String[] {"licence", "license"}, new String[] {"pretence", "pretense"},
      new String[] {"practis", "practic"});

  private static String nceStems(String word) {
    for (String[] stem : NCE_STEMS) {
      if (word.startsWith(stem[0])) {
        return stem[1] + word.substring(stem[0].length());
      }
    }
    return word;
  }

  private static final List<String> LYSE_ENDINGS = List.of("lysers", "lysing", "lysed", "lyses", "lyser", "lyse");

  /** analyse, paralysed, catalysing → -lyz-; "lyse" itself (biology, both spellings) has no stem. */
  private static String lyse(String word) {
    for (String ending : LYSE_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 2) {
        return word.substring(0, word.length() - ending.length()) + "lyz" + ending.substring(3);
      }
    }
    return word;
  }

  /** What may follow -is- in an -ise verb's family, longest first. */
  private static final List<String> ISE_ENDINGS = List.of("isational", "isations", "isation", "isable", "ising",
      "isers", "ised", "ises", "iser", "ise");

  /**
   * -ise words that are not -ize words, by ending: "otherwise", "advise", "surprise", "exercise", ...
   * Words with fewer than three letters before -ise ("rise", "arise", "wise") and words with a vowel
   * before it ("raise", "noise", "cruise") are never rewritten.
   */
  private static final List<String> ISE_WORDS = List.of("wise", "vise", "prise", "exercise", "precise", "concise",
      "excise", "incise", "circumcise", "promise", "premise", "demise", "chemise", "surmise", "advertise",
      "expertise", "chastise", "mortise", "treatise", "merchandise", "paradise", "despise", "franchise", "valise",
      "sunrise", "moonrise", "cerise");

  private static String ise(String word) {
    for (String ending : ISE_ENDINGS) {
      if (word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        boolean variant = stem.length() >= 3 && !vowel(stem.charAt(stem.length() - 1))
            && ISE_WORDS.stream().noneMatch((stem + "ise")::endsWith);
        return variant ? stem + "iz" + ending.substring(2) : word;
      }
    }
    return word;
  }

  /**
   * The letters before -our in the words whose American spelling is -or: "honour", "dishonourable",
   * "favourite", "behavioural". Only these: "four", "hour", "your", "tour", "flour", "detour", "devour" and
   * "course" keep their -our-.
   */
  private static final List<String> OUR_STEMS = List.of("hon", "col", "fav", "lab", "behavi", "neighb", "harb",
      "hum", "rum", "val", "vig", "rig", "ard", "arm", "clam", "cand", "endeav", "ferv", "flav", "glam", "od", "parl",
      "ranc", "savi", "splend", "succ", "tum", "vap", "sav", "demean", "arb", "clang", "enam", "dol");

  private static String our(String word) {
    for (int at = word.indexOf("our"); at >= 0; at = word.indexOf("our", at + 1)) {
      String stem = word.substring(0, at);
      if (OUR_STEMS.stream().anyMatch(stem::endsWith)) {
        return stem + "or" + word.substring(at + 3);
      }
    }
    return word;
  }

  private static final List<String> TRE_ENDINGS = List.of("tres", "tred", "tre", "bres", "bre");
  /** Words ending -tre, -bre or -tred that are not British spellings of -ter, -ber, -tered. */
  private static final List<String> TRE_WORDS = List.of("timbre", "macabre", "notre", "sartre", "hatred");

  /** centre, metres, fibre, centred → center, meters, fiber, centered. */
  private static String reTre(String word) {
    for (String ending : TRE_ENDINGS) {
      if (word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        if (stem.length() < 2 || TRE_WORDS.stream().anyMatch(word::endsWith)) {
          return word;
        }
        String swapped = ending.charAt(0) + "er" + ending.substring(3);
        return stem + (ending.equals("tred") ? "tered" : swapped);
      }
    }
    return word;
  }

  private static final List<String> DOUBLED_L_ENDINGS = List.of("llers", "llors", "lling", "lled", "ller", "llor");
  /**
   * Words whose last syllable is stressed keep their double l in American English too ("compelled",
   * "rebelled", "installing", "bestseller"); by the part before the ll.
   */
  private static final List<String> STRESSED_LL = List.of("pel", "excel", "rebel", "quel", "squal", "cal", "stal",
      "appal", "enthral", "befal", "wal", "bal", "bestsel", "resel", "outsel", "oversel", "upsel", "retel", "foretel",
      "storytel");

  /**
   * travelled, cancelling, modeller, counsellor, signalled → one l. Only after e or a, and only with two
   * vowels before the ll: one-syllable words ("filled", "called", "spelled") keep it, and removing it from
   * them would make other words ("filed", "paled").
   */
  private static String doubledL(String word) {
    for (String ending : DOUBLED_L_ENDINGS) {
      if (word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        boolean variant = !stem.isEmpty() && (stem.endsWith("e") || stem.endsWith("a")) && vowels(stem) >= 2
            && STRESSED_LL.stream().noneMatch((stem + "l")::endsWith);
        return variant ? stem + ending.substring(1) : word;
      }
    }
    return word;
  }

  private static int vowels(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += vowel(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
