package io.corroborate.engine;

import io.corroborate.Claim;
import io.corroborate.Value;
import io.corroborate.check.Templates;
import io.corroborate.compile.CustomRule;
import io.corroborate.compile.facts.ClaimFact;
import io.corroborate.compile.facts.KeySummary;
import io.corroborate.compile.facts.SpeakerSummary;
import io.corroborate.extract.ExtractedClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Verdict messages for people: who reports which value, and rule templates filled in. */
final class VerdictMessages {
  private final Map<Integer, ExtractedClaim> claims;

  VerdictMessages(Map<Integer, ExtractedClaim> claims) {
    this.claims = claims;
  }

  String key(String label, KeySummary s) {
    if (!s.agree() && s.sourceCount() > 1 && quotes(s.claims())) {
      return "sources quote " + speakerOf(s.claims()) + " with different words: " + wordDifferences(s.claims());
    }
    String values = values(s.claims(), s.agree() ? "; " : " vs ");
    return switch (label) {
      case "SUPERSEDED" -> "later reports supersede earlier ones: " + byDate(s.claims());
      case "CORROBORATED" -> s.sourceCount() + " sources agree: " + values;
      case "SINGLE_SOURCE" -> "only one source reports it: " + (s.agree() ? values : values(s.claims(), "; "));
      case "DISPUTED" -> "speakers disagree, and each is reported consistently: " + values;
      default -> (s.speakerInconsistent() && !s.outletDisagrees() ? inconsistentSpeaker(s.claims())
          : "sources disagree: ") + values;
    };
  }

  String speaker(String label, SpeakerSummary s) {
    String values = values(s.claims(), s.consistent() ? "; " : " vs ");
    return switch (label) {
      case "CORROBORATED" -> s.sourceCount() + " sources report " + s.speaker() + " consistently: " + values;
      case "SINGLE_SOURCE" -> "only one source reports " + s.speaker() + ": " + values(s.claims(), "; ");
      case "SUPERSEDED" -> "later statements by " + s.speaker() + " supersede earlier ones: " + chronological(s.claims());
      default -> quotes(s.claims()) ? "sources quote " + s.speaker() + " differently: " + values
          : s.speaker() + " is reported with different " + (figures(s.claims()) ? "figures: " : "values: ") + values;
    };
  }

  private boolean figures(List<ClaimFact> facts) {
    return facts.stream().allMatch(f -> claims.get(f.getId()).quantity() != null);
  }

  /** "at least 40 (Saturday 2031-03-15, in A); then at least 43 (Monday 2031-03-17, in B, C)", oldest first. */
  private String chronological(List<ClaimFact> facts) {
    java.util.TreeMap<Long, List<ClaimFact>> byDay = new java.util.TreeMap<>();
    facts.forEach(f -> byDay.computeIfAbsent(f.getAsOf(), d -> new ArrayList<>()).add(f));
    List<String> parts = new ArrayList<>();
    byDay.forEach((day, group) -> {
      java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
      String weekday = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      Map<String, Set<String>> sourcesByValue = new LinkedHashMap<>();
      group.forEach(f -> {
        Claim c = claims.get(f.getId()).claim();
        sourcesByValue.computeIfAbsent(display(c.value()), v -> new LinkedHashSet<>()).add(c.source());
      });
      sourcesByValue.forEach((value, sources) -> parts.add(value + " (" + weekday + " " + date + ", in "
          + String.join(", ", sources) + ")"));
    });
    return String.join("; then ", parts);
  }

  String custom(CustomRule rule, List<ClaimFact> facts) {
    if (rule.message() == null) {
      return rule.name();
    }
    String template = rule.message();
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Templates.Placeholder p : Templates.placeholders(template)) {
      out.append(template, last, p.start()).append(resolve(rule, p.name(), facts));
      last = p.end();
    }
    return out.append(template.substring(last)).toString();
  }

  private String resolve(CustomRule rule, String placeholder, List<ClaimFact> facts) {
    String[] parts = placeholder.split("\\.", 2);
    int index = rule.variables().indexOf(parts[0]);
    ExtractedClaim claim = claims.get(facts.get(index).getId());
    Claim c = claim.claim();
    return switch (parts[1]) {
      case "speaker" -> c.speaker() == null ? "(no speaker)" : c.speaker();
      case "source" -> c.source();
      case "document" -> c.document();
      case "text" -> c.text();
      case "key" -> c.key();
      case "sentence" -> Integer.toString(c.sentence());
      default -> parts[1].equals(claim.kind().valueSlot().name()) ? display(c.value())
          : String.valueOf(claim.slots().get(parts[1]));
    };
  }

  private boolean quotes(List<ClaimFact> facts) {
    return !facts.isEmpty() && claims.get(facts.get(0).getId()).kind().valueSlot().type().base()
        == io.corroborate.check.SlotType.Base.QUOTE;
  }

  /** The speaker of the claims (the first named: an outlet may quote a passage others attribute), if any. */
  private String speakerOf(List<ClaimFact> facts) {
    return facts.stream().map(ClaimFact::getSpeaker).filter(java.util.Objects::nonNull).findFirst()
        .orElse("an unnamed speaker");
  }

  private String inconsistentSpeaker(List<ClaimFact> facts) {
    long speakers = facts.stream().map(ClaimFact::getSpeaker).filter(java.util.Objects::nonNull).distinct().count();
    String what = figures(facts) ? "figures" : "values";
    return speakers == 1 && facts.stream().allMatch(f -> f.getSpeaker() != null)
        ? facts.get(0).getSpeaker() + " is reported with different " + what + ": "
        : "a speaker is reported with different " + what + ": ";
  }

  /**
   * Each other wording against the most reported one: "001: “this” → “that”". Wordings are grouped as
   * compared ({@link io.corroborate.text.QuoteWords#compared}) and shown in the words of a quote whose own
   * words are the group's, as its outlet wrote them.
   */
  private String wordDifferences(List<ClaimFact> facts) {
    Map<String, List<String>> sourcesByWords = new LinkedHashMap<>();
    for (ClaimFact f : facts) {
      sourcesByWords.computeIfAbsent(f.getCanonical(), w -> new ArrayList<>()).add(f.getSource());
    }
    Map<String, String> quoteByWords = shownQuotes(facts);
    String reference = sourcesByWords.entrySet().stream()
        .max(java.util.Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    List<String> parts = new ArrayList<>();
    sourcesByWords.forEach((words, sources) -> {
      if (!words.equals(reference)) {
        parts.add(String.join(", ", new LinkedHashSet<>(sources)) + " has "
            + String.join("; ", io.corroborate.text.QuoteDifferences.of(quoteByWords.get(reference),
                quoteByWords.get(words)))
            + " (against " + String.join(", ", new LinkedHashSet<>(sourcesByWords.get(reference))) + ")");
      }
    });
    return String.join("; ", parts);
  }

  /**
   * For each compared wording, a quote as written that has exactly those words: an excerpt is compared as
   * its whole passage, so the passage's own quote shows it; the first quote of the wording otherwise.
   */
  private Map<String, String> shownQuotes(List<ClaimFact> facts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ClaimFact f : facts) {
      String quote = claims.get(f.getId()).claim().value().text();
      if (io.corroborate.text.QuoteWords.compared(quote).equals(f.getCanonical())) {
        out.putIfAbsent(f.getCanonical(), quote);
      }
    }
    for (ClaimFact f : facts) {
      out.putIfAbsent(f.getCanonical(), claims.get(f.getId()).claim().value().text());
    }
    return out;
  }

  /** "as of 2024-11-08: 41 (in A); earlier, as of 2024-11-07: 30 (in B)". */
  private String byDate(List<ClaimFact> facts) {
    java.util.TreeMap<Long, List<ClaimFact>> byDay = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    facts.forEach(f -> byDay.computeIfAbsent(f.getAsOf(), d -> new ArrayList<>()).add(f));
    List<String> parts = new ArrayList<>();
    byDay.forEach((day, group) -> parts.add((parts.isEmpty() ? "latest, as of " : "earlier, as of ")
        + java.time.LocalDate.ofEpochDay(day) + ": " + values(group, "; ")));
    return String.join("; ", parts);
  }

  /** "11000 (Zelensky in 000, 001); about 10000 (in 003)". */
  private String values(List<ClaimFact> facts, String separator) {
    if (facts.size() == 1) {
      return value(claims.get(facts.get(0).getId()).claim());
    }
    Map<String, Map<String, Set<String>>> byValue = new LinkedHashMap<>();
    for (ClaimFact f : facts) {
      Claim c = claims.get(f.getId()).claim();
      byValue.computeIfAbsent(display(c.value()), v -> new LinkedHashMap<>())
          .computeIfAbsent(c.speaker() == null ? "" : c.speaker(), s -> new LinkedHashSet<>()).add(c.source());
    }
    List<String> parts = new ArrayList<>();
    byValue.forEach((value, speakers) -> {
      List<String> who = new ArrayList<>();
      speakers.forEach((speaker, sources) ->
          who.add((speaker.isEmpty() ? "" : speaker + " ") + "in " + String.join(", ", sources)));
      parts.add(value + " (" + String.join("; ", who) + ")");
    });
    return String.join(separator, parts);
  }

  /** One claim's part of {@link #values}, without its maps: most keys of a large evaluation have one claim. */
  private static String value(Claim c) {
    String speaker = c.speaker() == null || c.speaker().isEmpty() ? "" : c.speaker() + " ";
    return display(c.value()) + " (" + speaker + "in " + c.source() + ")";
  }

  static String display(Value v) {
    if (v.qualifier() == null) {
      return v.text();
    }
    boolean temporal = "date".equals(v.unit()) || "time".equals(v.unit());
    String unit = v.unit() == null || v.unit().isEmpty() || temporal ? "" : " " + v.unit();
    String number = v.text();
    if ("between".equals(v.qualifier()) && v.low() != null && v.high() != null) {
      // a range reads as written, both ends: "50 to 60", not "between 50"
      return io.corroborate.extract.Numbers.format(v.low()) + " to " + io.corroborate.extract.Numbers.format(v.high())
          + unit;
    }
    return switch (v.qualifier()) {
      case "exact" -> number + unit;
      case "approximately" -> "about " + number + unit;
      // a vague plural ("dozens") names no figure: its range, so the reader does not take the low end for one
      case "some" -> v.high() == null ? "some " + number + " or more" + unit
          : "vaguely " + io.corroborate.extract.Numbers.format(v.low()) + " to "
              + io.corroborate.extract.Numbers.format(v.high()) + unit;
      default -> v.qualifier() + " " + number + unit;
    };
  }
}
