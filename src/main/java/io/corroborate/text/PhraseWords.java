package io.corroborate.text;

import java.util.List;
import java.util.Set;

/**
 * The word classes a speaker phrase is built from: capitalized names, initialisms, a closed list of
 * role nouns ("officials", "spokesperson", "police") and modifiers ("senior", "army", "former"),
 * and the capitalized function and time words that look like names but never are ("However",
 * "Thursday"). Closed lists, not a tagger: a phrase the lists do not cover yields no speaker rather
 * than a wrong one. Keys are lower-case (see {@link Word#key()}).
 */
final class PhraseWords {
  static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

  /** "they" and "it" stand for groups and organizations ("The ministry said… It added…"). */
  static final Set<String> GROUP_PRONOUNS = Set.of("they", "it");

  private static final Set<String> STOP = Set.of(
      "but", "and", "or", "so", "yet", "however", "meanwhile", "earlier", "later", "also", "then", "now",
      "still", "when", "while", "after", "before", "since", "if", "as", "although", "though", "because",
      "in", "on", "at", "by", "for", "from", "with", "without", "of", "to", "into", "over", "under",
      "during", "today", "tonight", "yesterday", "tomorrow", "this", "that", "these", "those", "there",
      "here", "it", "its", "their", "his", "her", "our", "we", "i", "you", "my", "your", "he", "she",
      "they", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "july", "august", "september", "october", "november", "december", "jan",
      "feb", "aug", "sep", "sept", "oct", "nov", "dec", "last", "next", "such", "another", "only",
      "even", "just", "not", "no", "yes", "what", "which", "who", "whom", "whose", "where", "why", "how",
      "according", "asked", "separately", "moreover", "furthermore", "instead", "thus", "therefore",
      "indeed", "overall", "once", "again", "the", "a", "an", "despite", "amid", "among", "until");

  static final Set<String> DAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tonight");

  private static final Set<String> ROLE_NOUNS = Set.of(
      "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman",
      "spokespeople", "spokesmen", "analyst", "analysts", "expert", "experts", "police", "army",
      "military", "ministry", "government", "authorities", "diplomat", "diplomats", "observer",
      "observers", "witness", "witnesses", "resident", "residents", "investigator", "investigators",
      "prosecutor", "prosecutors", "lawmaker", "lawmakers", "researcher", "researchers", "scientist",
      "scientists", "doctor", "doctors", "medic", "medics", "rescuer", "rescuers", "monitor", "monitors",
      "commander", "commanders", "leader", "leaders", "minister", "ministers", "president", "secretary",
      "general", "governor", "mayor", "chief", "head", "director", "adviser", "advisers", "advisor",
      "advisors", "aide", "aides", "envoy", "ambassador", "agency", "office", "department", "council",
      "committee", "outlet", "outlets", "newspaper", "broadcaster", "media", "group", "organization",
      "organisation", "company", "firm", "representative", "representatives", "staff", "officer",
      "officers", "soldier", "soldiers", "intelligence", "command", "headquarters", "watchdog",
      "regulator", "court", "judge", "operator", "force", "cabinet", "member", "members", "reporter",
      "correspondent", "editor", "economist", "lawyer", "attorney", "chairman", "chairwoman", "ceo",
      "founder", "mp", "professor", "coach", "manager", "service", "spokespersons", "negotiator", "negotiators",
      "services", "bank", "guard", "guards", "brigade", "union", "board", "institute", "hospital", "tribunal",
      "parliament", "senate", "congress", "workers", "volunteers", "journalists", "campaigners", "activists",
      "people", "survivors", "victims", "relatives", "families", "locals", "citizens", "voters", "protesters",
      "inspectors", "engineers", "pilots", "crew", "team", "mission", "coalition", "alliance", "administration",
      "delegation", "embassy", "consulate", "municipality", "administrator", "administrators",
      // plurals of the institutions above, and the people who count the hurt ("Hospitals in Paris said")
      "hospitals", "agencies", "ministries", "governments", "offices", "departments", "councils", "committees",
      "courts", "banks", "unions", "institutes", "companies", "firms", "groups", "organizations", "organisations",
      "newspapers", "broadcasters", "embassies", "nurses", "paramedics", "firefighters", "clinics");

  /** Lower-case words that look like nouns but never head a speaker phrase. */
  private static final Set<String> NOT_HEADS = Set.of(
      "first", "second", "third", "last", "latest", "same", "own", "new", "old", "one", "ones", "nobody",
      "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none", "nothing", "something",
      "everything", "else", "time", "times", "year", "years", "week", "weeks", "day", "days", "month",
      "months", "morning", "evening", "night", "afternoon", "weekend", "hour", "hours", "minute", "minutes", "ago",
      "moment", "moments", "seconds", "decade", "decades", "century", "centuries", "period", "while",
      "number", "numbers", "total", "rest", "part", "kind", "way", "fact", "case", "thing", "things");

  /** Verb and adjective endings: "-ing", "-ed", "previous", "massive", "useful", "available". */
  private static final String[] NOT_NOUN_ENDINGS = {"ing", "ed", "ous", "ive", "ful", "less", "able", "ible"};

  private static final String[] AGENT_PLURALS = {"ers", "ors", "ists", "ians", "ants", "ents", "ees"};

  /** Role nouns for one person: before a name they make it a person's name ("analyst Ana Dorn"). */
  private static final Set<String> PERSON_ROLES = Set.of(
      "official", "source", "spokesperson", "spokesman", "spokeswoman", "analyst", "expert", "diplomat",
      "observer", "witness", "resident", "investigator", "prosecutor", "lawmaker", "researcher", "scientist",
      "doctor", "medic", "commander", "leader", "minister", "president", "secretary", "general", "governor",
      "mayor", "chief", "head", "director", "adviser", "advisor", "aide", "envoy", "ambassador",
      "representative", "officer", "soldier", "judge", "negotiator", "member", "reporter", "correspondent",
      "editor", "economist", "lawyer", "attorney", "chairman", "chairwoman", "ceo", "founder", "mp",
      "professor", "coach", "manager");

  /** Sources that are documents rather than people: "the report said", "according to its latest figures". */
  static final Set<String> DOCUMENT_NOUNS = Set.of(
      "report", "reports", "statement", "statements", "study", "survey", "assessment", "analysis",
      "document", "documents", "figures", "data", "estimate", "estimates", "tally", "update", "briefing",
      "bulletin", "memo", "letter", "filing", "release", "post", "website");

  private static final Set<String> MODIFIERS = Set.of(
      "senior", "former", "top", "local", "regional", "defense", "defence", "foreign", "security", "press",
      "state", "health", "western", "unnamed", "anonymous", "independent", "several", "many", "some",
      "other", "both", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "dozens", "deputy", "acting", "interim", "retired", "veteran", "leading", "prominent", "naval",
      "air", "emergency", "rescue", "fire", "district", "city", "provincial", "federal", "national",
      "international", "human", "rights", "opposition", "rebel", "separatist", "latest", "new", "recent",
      "own", "annual", "daily", "weekly", "preliminary", "initial", "final", "first", "joint", "civil",
      "public", "medical", "border", "interior", "justice", "finance", "energy", "news", "wire",
      "military", "intelligence", "government", "occupation", "humanitarian", "hospital", "electoral");

  private static final String[] HYPHEN_MODIFIERS = {
      "-based", "-backed", "-led", "-run", "-appointed", "-affiliated", "-ranking", "-level", "-installed"};

  private PhraseWords() {}

  static boolean pronoun(Word w) {
    return w.isWord() && (PERSON_PRONOUNS.contains(w.key()) || GROUP_PRONOUNS.contains(w.key()));
  }

  static boolean stop(Word w) {
    return STOP.contains(w.key());
  }

  static boolean role(Word w) {
    return w.isWord() && (ROLE_NOUNS.contains(w.key()) || DOCUMENT_NOUNS.contains(w.key()) || agentPlural(w));
  }

  static boolean determiner(Word w) {
    return w.isWord() && !w.quoted() && DETERMINERS.contains(w.key());
  }

  /** A capitalized word that can be part of a name: not a function or time word, not a reporting verb. */
  static boolean nameWord(Word w) {
    return (w.capitalized() && !stop(w) && !ReportingLexicon.verb(w)) || w.dotted();
  }

  /** May end a speaker phrase (pronouns are handled by the caller). */
  static boolean head(Word w) {
    return !w.quoted() && w.isWord() && !w.possessive() && (nameWord(w) || role(w));
  }

  static boolean personRole(Word w) {
    return w.isWord() && PERSON_ROLES.contains(w.key());
  }

  /**
   * A plain lower-case word that may modify a following role noun: "mining" in "the mining agency",
   * "law enforcement" in "law enforcement officials" (the callers allow at most two in a row).
   * Function words, verbs and -ly adverbs never are.
   */
  static boolean plain(Word w) {
    return w.isWord() && !w.quoted() && !w.capitalized() && !stop(w) && !ReportingLexicon.verb(w)
        && !ReportingLexicon.auxiliary(w) && !ReportingLexicon.beForm(w) && !ReportingLexicon.canceller(w)
        && !w.key().endsWith("ly") && w.key().chars().allMatch(Character::isLetter);
  }

  /**
   * A lower-case word that can be a noun: letters only, not a function, time, auxiliary or
   * reporting word, not an -ly, -ing or -ed form. Read only where a noun is expected.
   */
  static boolean commonNoun(Word w) {
    String k = w.key();
    if (!plain(w) || k.length() < 3 || FunctionWords.contains(k) || NOT_HEADS.contains(k) || DAYS.contains(k)) {
      return false;
    }
    for (String suffix : NOT_NOUN_ENDINGS) {
      if (k.endsWith(suffix)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Any noun as the subject of a reporting verb: "rescue workers said", "the coast guard said",
   * "Dorvia's central bank said". A singular needs a determiner, possessive or name before it
   * (within three modifiers); a plural stands alone. The closed role list stays for everything
   * else (objects of "according to", appositives).
   */
  static boolean subjectHead(List<Word> words, int i) {
    Word w = words.get(i);
    if (head(w)) {
      return true;
    }
    if (!commonNoun(w)) {
      return false;
    }
    String k = w.key();
    boolean plural = k.length() > 3 && k.endsWith("s") && !k.endsWith("ss") && !k.endsWith("us") && !k.endsWith("is");
    if (plural && i > 0 && commonNoun(words.get(i - 1)) && !inside(words.get(i - 1))) {
      return false; // "revelation follows reports": a noun before it makes it a verb
    }
    if (plural) {
      return true;
    }
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      Word left = words.get(j);
      if (determiner(left) || (left.possessive() && !stop(left)) || nameWord(left)) {
        return true;
      }
      if (!inside(left) && !plain(left)) {
        return false;
      }
    }
    return false;
  }

  /** A plural agent noun ("farmers", "protesters", "economists"): a speaker after "according to". */
  static boolean agentPlural(Word w) {
    if (!commonNoun(w) || w.key().length() < 5) {
      return false;
    }
    for (String suffix : AGENT_PLURALS) {
      if (w.key().endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** May stand inside a speaker phrase. */
  static boolean inside(Word w) {
    if (w.quoted() || !w.isWord() || ReportingLexicon.verb(w)) {
      return false;
    }
    if (nameWord(w) || role(w) || MODIFIERS.contains(w.key()) || (w.possessive() && !stop(w))) {
      return true;
    }
    for (String suffix : HYPHEN_MODIFIERS) {
      if (w.key().endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
