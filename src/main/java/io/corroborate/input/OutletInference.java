package io.corroborate.input;

import io.corroborate.SourceEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a document's outlet from its own text when the input names none, from lines that can only be
 * credits: a wire dateline ("PARIS (Reuters) -") in the first lines, a sign-off ("— The Associated Press")
 * in the last lines, a copyright notice ("© 2024 Example Times. All rights reserved."), a staff credit
 * ("Example Herald's reporters contributed to this report") or a wire credit ("AFP contributed to this
 * report"). A whole line must be the credit: "Reuters reported ..." or "told AFP" in a sentence never
 * counts, nor does a photo credit ("©EPA", "© Getty Images").
 *
 * <p>When several clues disagree, the strongest wins, in the order above. A wire dateline or sign-off
 * beats a copyright line on purpose: a site reprinting a wire story is not an independent source for it,
 * and the outlet is what decides whether two documents corroborate each other.
 */
public final class OutletInference {
  /** An outlet and the line that names it. */
  public record Inferred(String outlet, SourceEvidence evidence) {}

  private static final int DATELINE_LINES = 5;
  private static final int SIGN_OFF_LINES = 3;
  private static final int LONGEST_CREDIT = 300;

  /** One to six capitalized words ("The Example Post", "Bank of Example News"). */
  private static final String NAME =
      "(?:The\\s+)?[\\p{Lu}][\\p{L}\\d&.'’-]*(?:\\s+(?:of\\s+|&\\s+)?[\\p{Lu}][\\p{L}\\d&.'’-]*){0,5}";
  private static final String CONTRIBUTED =
      "contributed(?:\\s+(?:reporting|to\\s+this\\s+(?:report|story|article)|from\\s+[^.]+))*\\.?";

  private static final Pattern DATELINE = Pattern.compile(
      "^(?:[\\p{Lu}][\\p{L}\\d.,'’ /-]{0,40}?\\s*)?\\((?<name>" + NAME + "|dpa)\\)\\s*(?:[-–—]{1,2}|:)\\s*\\S.*");
  private static final Pattern SIGN_OFF = Pattern.compile("^[-–—]{1,2}\\s*(?<name>" + NAME + "|dpa)\\.?$");
  private static final Pattern COPYRIGHT_MARK = Pattern.compile("^(?i:(?:copyright\\s*|©\\s*|\\(c\\)\\s*)+)");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\b,?");
  private static final Pattern NAME_END = Pattern.compile("(?<!\\b\\p{L})\\.\\s|\\s[|–—-]\\s|;\\s");
  private static final Pattern ALL_RIGHTS = Pattern.compile("(?i)\\ball\\s+rights\\s+reserved\\b.*$");
  private static final Pattern STAFF_CREDIT = Pattern.compile(
      "^(?<name>" + NAME + ")['’]s?\\s+(?!own\\b).+?\\s+" + CONTRIBUTED + "$");
  private static final Pattern WIRE_CREDIT = Pattern.compile(
      "^(?:(?:Information|Material|Reporting)\\s+from\\s+)?(?<names>.+?)\\s+(?:" + CONTRIBUTED
          + "|(?:was|were)\\s+used\\s+in\\s+this\\s+(?:report|story|article)\\.?)$");

  private OutletInference() {}

  /** The outlet the text names for itself, or empty when no line is a clear credit. */
  public static Optional<Inferred> infer(String text) {
    List<TextLine> lines = TextLine.split(text);
    Candidate best = null;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (line.content().length() > LONGEST_CREDIT) {
        continue;
      }
      Candidate found = read(line, i, lines.size());
      if (found != null && (best == null || found.kind().ordinal() < best.kind().ordinal()
          || found.kind() == best.kind() && found.kind() != Kind.WIRE_DATELINE)) {
        best = found; // of two credits of one kind the later wins (notices close an article), but a dateline opens it
      }
    }
    return Optional.ofNullable(best).map(Candidate::toInferred);
  }

  private static Candidate read(TextLine line, int index, int lineCount) {
    String s = line.content();
    if (index < DATELINE_LINES) {
      String name = dateline(s);
      if (name != null) {
        return new Candidate(Kind.WIRE_DATELINE, name, line);
      }
    }
    if (index >= lineCount - SIGN_OFF_LINES) {
      String name = signOff(s);
      if (name != null) {
        return new Candidate(Kind.SIGN_OFF, name, line);
      }
    }
    String name = copyright(s);
    if (name != null) {
      return new Candidate(Kind.COPYRIGHT, name, line);
    }
    name = staffCredit(s);
    if (name != null) {
      return new Candidate(Kind.STAFF_CREDIT, name, line);
    }
    name = wireCredit(s);
    return name == null ? null : new Candidate(Kind.WIRE_CREDIT, name, line);
  }

  /** "PARIS (Reuters) - ..." or "(CNN) — ...": a parenthesized outlet before a dash opens the story. */
  static String dateline(String line) {
    Matcher m = DATELINE.matcher(line);
    return m.matches() ? outlet(m.group("name")) : null;
  }

  /** "— The Associated Press" alone on one of the last lines. */
  static String signOff(String line) {
    Matcher m = SIGN_OFF.matcher(line);
    return m.matches() ? outlet(m.group("name")) : null;
  }

  /**
   * "© 2024 Example Times. All rights reserved.", "Copyright The Example Post Limited 2015": a notice has a
   * year or says all rights are reserved, which tells it from a bare photo credit ("©EPA").
   */
  static String copyright(String line) {
    Matcher mark = COPYRIGHT_MARK.matcher(line);
    if (!mark.find()) {
      return null;
    }
    String rest = line.substring(mark.end());
    boolean reserved = ALL_RIGHTS.matcher(rest).find();
    rest = ALL_RIGHTS.matcher(rest).replaceAll("");
    Matcher year = YEAR.matcher(rest);
    boolean hasYear = year.find();
    if (!hasYear && !reserved) {
      return null;
    }
    String name = hasYear && year.start() == 0 ? rest.substring(year.end()) : rest;
    name = YEAR.matcher(name).replaceAll(" ");
    name = OutletNames.clean(firstPart(name));
    if (name.isEmpty() || OutletNames.isPictureAgency(name)
        || !(Character.isUpperCase(name.charAt(0)) || OutletNames.isAgency(name))
        || name.split("\\s+").length > 8) {
      return null;
    }
    return OutletNames.canonical(name);
  }

  /**
   * The name up to the sentence end or separator that closes it ("Example Times. An Example company."); the
   * dot of an initial ("U.S. Example News") ends nothing.
   */
  private static String firstPart(String s) {
    Matcher stop = NAME_END.matcher(s.strip());
    return stop.find() ? s.strip().substring(0, stop.start()) : s.strip();
  }

  /** "Example Herald's Jane Doe contributed to this report": the possessive names the reporters' outlet. */
  static String staffCredit(String line) {
    Matcher m = STAFF_CREDIT.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String name = OutletNames.clean(m.group("name"));
    return OutletNames.looksLikeOutlet(name) ? OutletNames.canonical(name) : null;
  }

  /** "The Associated Press and Reuters contributed to this report": the first news agency named. */
  static String wireCredit(String line) {
    Matcher m = WIRE_CREDIT.matcher(line);
    if (!m.matches()) {
      return null;
    }
    for (String part : m.group("names").split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
      String name = OutletNames.clean(part);
      if (OutletNames.isAgency(name)) {
        return OutletNames.canonical(name);
      }
    }
    return null;
  }

  private static String outlet(String raw) {
    String name = OutletNames.clean(raw);
    return OutletNames.looksLikeOutlet(name) ? OutletNames.canonical(name) : null;
  }

  /** Clue kinds, strongest first. */
  private enum Kind {
    WIRE_DATELINE("wire-dateline"), SIGN_OFF("sign-off"), COPYRIGHT("copyright"), STAFF_CREDIT("staff-credit"),
    WIRE_CREDIT("wire-credit");

    private final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private record Candidate(Kind kind, String outlet, TextLine line) {
    Inferred toInferred() {
      return new Inferred(outlet, new SourceEvidence(kind.label, line.number(), line.start(), line.end(),
          line.content()));
    }
  }

  /** A non-blank line: its 1-based number and the span of its content without surrounding whitespace. */
  record TextLine(int number, int start, int end, String content) {
    static List<TextLine> split(String text) {
      List<TextLine> out = new ArrayList<>();
      int number = 1;
      int from = 0;
      while (from <= text.length()) {
        int nl = text.indexOf('\n', from);
        int to = nl < 0 ? text.length() : nl;
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
          start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
          end--;
        }
        if (end > start) {
          out.add(new TextLine(number, start, end, text.substring(start, end)));
        }
        if (nl < 0) {
          break;
        }
        number++;
        from = nl + 1;
      }
      return out;
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }
}
