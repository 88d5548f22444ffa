package io.corroborate.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a name found in a credit line must look like to be taken for an outlet, and the one spelling used
 * for each news agency ("AP", "The Associated Press" → "Associated Press"), so that two documents crediting
 * the same wire in different words count as one source.
 */
final class OutletNames {
  private OutletNames() {}

  /** News agencies: every spelling (lower case) → the one the report uses. */
  private static final Map<String, String> AGENCIES = Map.ofEntries(
      Map.entry("ap", "Associated Press"), Map.entry("associated press", "Associated Press"),
      Map.entry("the associated press", "Associated Press"),
      Map.entry("reuters", "Reuters"), Map.entry("thomson reuters", "Reuters"),
      Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"),
      Map.entry("bloomberg", "Bloomberg"), Map.entry("bloomberg news", "Bloomberg"),
      Map.entry("dpa", "dpa"), Map.entry("deutsche presse-agentur", "dpa"),
      Map.entry("upi", "UPI"), Map.entry("united press international", "UPI"),
      Map.entry("pa", "PA Media"), Map.entry("pa media", "PA Media"), Map.entry("press association", "PA Media"),
      Map.entry("the press association", "PA Media"),
      Map.entry("xinhua", "Xinhua"), Map.entry("kyodo", "Kyodo News"), Map.entry("kyodo news", "Kyodo News"),
      Map.entry("ansa", "ANSA"), Map.entry("efe", "EFE"), Map.entry("yonhap", "Yonhap"), Map.entry("tass", "TASS"),
      Map.entry("aap", "AAP"), Map.entry("australian associated press", "AAP"),
      Map.entry("the canadian press", "The Canadian Press"), Map.entry("canadian press", "The Canadian Press"),
      Map.entry("press trust of india", "PTI"), Map.entry("pti", "PTI"), Map.entry("anadolu agency", "Anadolu Agency"));

  /** Picture agencies: a copyright line naming one is a photo credit, not the publisher's notice. */
  private static final Set<String> PICTURE_AGENCIES = Set.of("getty images", "getty", "shutterstock", "alamy",
      "epa", "epa-efe", "ap photo", "afp photo", "reuters pictures", "pa images", "pa wire", "corbis", "istock",
      "istockphoto", "rex features", "rex", "newscom", "imago", "sipa", "zuma press", "zuma wire");

  /** Words that outlets put in their names; a credit naming none of them may well be a person. */
  private static final Set<String> OUTLET_WORDS = Set.of("news", "times", "post", "herald", "press", "journal",
      "tribune", "gazette", "daily", "telegraph", "chronicle", "guardian", "observer", "express", "mirror",
      "independent", "radio", "tv", "television", "broadcasting", "network", "agency", "wire", "media",
      "magazine", "review", "courier", "record", "bulletin", "monitor", "register", "dispatch", "inquirer",
      "examiner", "standard", "today", "weekly", "globe", "mail", "reporter", "sentinel", "star", "sun",
      "newspaper", "newspapers", "publishing", "publications", "broadcaster", "channel", "online", "insider");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern CAMEL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");
  private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
      "(?i),?\\s+(?:inc|llc|ltd|limited|plc|corp|corporation|co|gmbh|s\\.?a|ag|l\\.?p)\\.?$");
  private static final Pattern AFFILIATES = Pattern.compile("(?i),?\\s+(?:and/or|and|or)\\s+its\\s+affiliates.*$");
  private static final List<String> TRAILING_PUNCTUATION = List.of(".", ",", ";", ":", "|", "-", "–", "—");

  /** The report's spelling of an agency, else the name as written. */
  static String canonical(String name) {
    return AGENCIES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  static boolean isAgency(String name) {
    return AGENCIES.containsKey(name.toLowerCase(Locale.ROOT));
  }

  static boolean isPictureAgency(String name) {
    return PICTURE_AGENCIES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** An agency, an acronym (CNN), a CamelCase brand (MarketWatch), or a name with an outlet word in it. */
  static boolean looksLikeOutlet(String name) {
    if (isAgency(name)) {
      return true;
    }
    String[] words = name.split("\\s+");
    if (words.length > 6) {
      return false;
    }
    for (String word : words) {
      String bare = word.replaceAll("[^\\p{L}]", "");
      if (ACRONYM.matcher(bare).matches() || CAMEL.matcher(bare).matches()
          || OUTLET_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "Example Media, Inc." → "Example Media": legal-form suffixes and trailing punctuation dropped. */
  static String clean(String name) {
    String out = AFFILIATES.matcher(name.strip()).replaceAll("");
    boolean changed = true;
    while (changed) {
      String before = out;
      out = CORPORATE_SUFFIX.matcher(out).replaceAll("").strip();
      for (String p : TRAILING_PUNCTUATION) {
        if (out.endsWith(p)) {
          out = out.substring(0, out.length() - p.length()).strip();
        }
      }
      changed = !out.equals(before);
    }
    return out;
  }
}
