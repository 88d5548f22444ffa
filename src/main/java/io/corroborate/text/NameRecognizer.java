package io.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds NAME mentions: maximal runs of capitalized words, the candidates for people,
 * organizations and places that rules compare across sources. No gazetteer: capitalization only.
 *
 * <ul>
 *   <li>A run is consecutive capitalized WORD tokens ("Valdorian President Mara Kestrel",
 *       "U.S."), with lower-case "of", "de", "la" allowed between two capitalized words
 *       ("Ministry of Defense", "Banco de la Plata") and Arabic-style "al-"/"el-" particles ("Bashar al-Assad").
 *   <li>Capitalized {@link FunctionWords} ("The", "In", "Yes", also "We're", "No.") and negated
 *       contractions ("Don't") never start or continue a run, so "The" before a name is not part
 *       of it.
 *   <li>A token with a possessive ("Russia's", "Kyiv’s") ends the run and stays inside it:
 *       consumers strip the trailing 's themselves.
 *   <li>A lone month or weekday ("June", "Thursday") is not a name, and a number word ("Eleven
 *       thousand", "One of") does not start one.
 * </ul>
 *
 * <p>Known limit: Title Case headlines come out as one long name. Stateless and thread-safe.
 */
public final class NameRecognizer {

  /** NAME mentions of {@code s}, token indices relative to the sentence, in order. */
  public List<Mention> find(Sentence s) {
    List<Token> t = s.tokens();
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!nameWord(t.get(i)) || NumberWords.small(t.get(i).lower()) != null) { // "Eleven thousand"
        i++;
        continue;
      }
      int end = i + 1;
      while (end < t.size() && !possessive(t.get(end - 1))) {
        if (nameWord(t.get(end)) || particle(t.get(end))) {
          end++;
        } else if (connector(t.get(end))) {
          int after = end + 1;
          while (after < t.size() && after - end < 2 && connector(t.get(after))) {
            after++; // "de la"
          }
          if (after >= t.size() || !nameWord(t.get(after))) {
            break;
          }
          end = after + 1;
        } else {
          break;
        }
      }
      if (end - i > 1 || !calendar(t.get(i))) {
        out.add(new Mention(MentionType.NAME, i, end, null));
      }
      i = end;
    }
    return out;
  }

  /** A capitalized word that can be part of a name. */
  private static boolean nameWord(Token tok) {
    if (!tok.isWord() || !tok.capitalized()) {
      return false;
    }
    String w = tok.lower();
    if (w.endsWith("n't")) {
      return false; // "Don't", "Isn't"
    }
    int apostrophe = w.indexOf('\'');
    String bare = apostrophe > 0 ? w.substring(0, apostrophe) // "We're" → "we"
        : w.endsWith(".") ? w.substring(0, w.length() - 1) : w; // "No." → "no"
    return !FunctionWords.contains(bare);
  }

  private static boolean connector(Token tok) {
    String w = tok.text();
    return w.equals("of") || w.equals("de") || w.equals("la");
  }

  /** "al-Assad", "el-Sisi": a lower-case particle hyphen-joined to a capitalized name. */
  private static boolean particle(Token tok) {
    String w = tok.text();
    return tok.isWord() && w.length() > 3 && (w.startsWith("al-") || w.startsWith("el-"))
        && Character.isUpperCase(w.charAt(3));
  }

  private static boolean possessive(Token tok) {
    String w = tok.lower();
    return w.length() > 2 && w.endsWith("'s");
  }

  private static boolean calendar(Token tok) {
    return CalendarWords.isMonth(tok) || CalendarWords.isWeekday(tok);
  }
}
