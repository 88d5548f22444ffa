package io.corroborate.extract;

import io.corroborate.Claim;
import io.corroborate.Document;
import io.corroborate.Value;
import io.corroborate.check.ClaimKind;
import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.ClaimPattern;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.compile.match.Match;
import io.corroborate.compile.match.MatchInput;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.DateValues;
import io.corroborate.text.Dimension;
import io.corroborate.text.Quantity;
import io.corroborate.text.QuoteWords;
import io.corroborate.text.Sentence;
import io.corroborate.text.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the compiled claim patterns over each sentence of a document and turns the kept matches into
 * claims with full provenance: document, source, speaker, sentence, exact span and normalized value.
 */
public final class ClaimExtractor {
  private final CompiledRuleSet rules;
  private final SpeakerNames speakers;
  private final io.corroborate.compile.match.CountedNouns countedNouns;

  public ClaimExtractor(CompiledRuleSet rules) {
    this.rules = rules;
    this.speakers = new SpeakerNames(rules.entityLexicons());
    this.countedNouns = new io.corroborate.compile.match.CountedNouns(
        rules.entityLexicons().getOrDefault(SlotType.Base.NOUN, List.of()));
  }

  public List<ExtractedClaim> extract(Document document, AnalyzedText text, AtomicInteger ids) {
    return extract(document, text, ids, ExtractionListener.NONE);
  }

  public List<ExtractedClaim> extract(Document document, AnalyzedText text, AtomicInteger ids,
      ExtractionListener listener) {
    listener.analyzed(text);
    List<ExtractedClaim> out = new ArrayList<>();
    boolean nearMisses = listener.wantsNearMisses();
    AsOfDates.PublicationDay published = null; // read with the first claim, once per document
    for (Sentence sentence : text.sentences()) {
      // one pass over the sentence's words rules out the patterns whose required words are missing;
      // most sentences of a news text then skip matching altogether (near misses need every pattern)
      List<ClaimPattern> candidates = nearMisses ? rules.claimPatterns() : candidates(sentence);
      if (candidates.isEmpty()) {
        continue;
      }
      // mentions and quotes are read when a capture first needs them; matching reads the quotes' spans only,
      // not the document's speakers
      int index = sentence.index();
      MatchInput input = new MatchInput(text.text(), sentence, () -> text.mentions(index), text::quotes);
      List<Match> matches = new ArrayList<>();
      for (ClaimPattern pattern : candidates) {
        List<Match> found = pattern.matcher().findAll(input);
        matches.addAll(found);
        if (found.isEmpty() && listener.wantsNearMisses()) {
          var miss = pattern.matcher().nearMiss(input);
          if (miss != null) {
            listener.nearMiss(sentence, miss);
          }
        }
      }
      List<Match> named = TitleCaseNames.titleCase(sentence) ? withoutHeadlineNames(matches, text.text(), sentence)
          : matches;
      List<Match> usable = new ArrayList<>(named.size());
      for (Match match : named) {
        if (!SiteAnaphors.placeElsewhere(rules.claimPatterns().get(match.pattern()).kind(), match, sentence)) {
          usable.add(match);
        }
      }
      List<Match> kept = resolveOverlaps(usable);
      matches.forEach(m -> listener.matched(sentence, m, kept.contains(m))); // dropped headline or "there" match: not kept
      for (Match match : kept) {
        ClaimKind kind = rules.claimPatterns().get(match.pattern()).kind();
        if (published == null) {
          published = AsOfDates.publicationDay(document.published());
        }
        ExtractedClaim claim = claim(ids.incrementAndGet(), kind, match, document, published, text, input);
        listener.claimed(sentence, match, claim);
        out.add(claim);
      }
    }
    return out;
  }

  /**
   * The matches of a Title Case headline but those that capture a name only the headline capitalizes
   * ({@link TitleCaseNames}). The match is dropped whole, not kept without the name: the pattern may need the
   * name to say anything ("Two Brothers Are Linked to the Attacks" is a count only if "Attacks" is a place),
   * and a story's body usually states its headline's figure again.
   */
  private List<Match> withoutHeadlineNames(List<Match> matches, String document, Sentence sentence) {
    List<Match> out = new ArrayList<>(matches.size());
    for (Match match : matches) {
      ClaimKind kind = rules.claimPatterns().get(match.pattern()).kind();
      if (match.captures().stream().noneMatch(c -> headlineOnlyName(kind, c, document, sentence))) {
        out.add(match);
      }
    }
    return out;
  }

  private static boolean headlineOnlyName(ClaimKind kind, Match.Capture capture, String document, Sentence sentence) {
    SlotType.Base type = kind.slot(capture.slot()).orElseThrow().type().base();
    boolean name = type == SlotType.Base.PLACE || type == SlotType.Base.PERSON || type == SlotType.Base.ORG
        || type == SlotType.Base.SPEAKER;
    return name && !TitleCaseNames.writtenElsewhere(document, sentence, capture.start(), capture.end());
  }

  /**
   * Quotations compete only with each other: a quote contains the figures it reports, and both the quote
   * and the figure inside it are claims.
   */
  private List<Match> resolveOverlaps(List<Match> matches) {
    List<Match> quotes = new ArrayList<>();
    List<Match> others = new ArrayList<>();
    for (Match m : matches) {
      boolean quote = rules.claimPatterns().get(m.pattern()).kind().valueSlot().type().base() == SlotType.Base.QUOTE;
      (quote ? quotes : others).add(m);
    }
    if (quotes.isEmpty()) {
      return OverlapResolver.resolve(matches);
    }
    List<Match> kept = new ArrayList<>(OverlapResolver.resolve(others));
    kept.addAll(OverlapResolver.resolve(quotes));
    kept.sort(java.util.Comparator.comparingInt(Match::start));
    return kept;
  }

  private List<ClaimPattern> candidates(Sentence sentence) {
    java.util.Set<String> words = new TokenWords(sentence.tokens());
    List<ClaimPattern> out = new ArrayList<>();
    for (ClaimPattern pattern : rules.claimPatterns()) {
      if (pattern.matcher().couldMatch(words)) {
        out.add(pattern);
      }
    }
    return out;
  }

  private ExtractedClaim claim(int id, ClaimKind kind, Match match, Document document,
      AsOfDates.PublicationDay published, AnalyzedText text, MatchInput input) {
    Sentence sentence = input.sentence();
    Map<String, Object> slots = new LinkedHashMap<>();
    String speakerCapture = null;
    int valueStart = sentence.tokens().get(match.start()).start();
    for (Match.Capture capture : match.captures()) {
      Object value = capture.value() instanceof Quantity q ? slotValue(q) : capture.value();
      slots.put(capture.slot(), value);
      Slot slot = kind.slot(capture.slot()).orElseThrow();
      if (slot.type().base() == SlotType.Base.SPEAKER) {
        speakerCapture = speakers.canonical(String.valueOf(capture.value()));
      }
      if (slot == kind.valueSlot()) {
        valueStart = sentence.tokens().get(capture.start()).start();
      }
    }
    ElidedNouns.fill(kind, match, input, countedNouns, slots);
    for (Slot slot : kind.keySlots()) {
      if (slot.defaultValue() != null) {
        slots.putIfAbsent(slot.name(), slot.defaultValue());
      }
    }
    Object raw = valueOf(match, kind.valueSlot().name());
    Quantity quantity = raw instanceof Quantity q ? q : null;
    String canonical = quantity != null ? display(quantity) : String.valueOf(raw);
    String speaker = speakerCapture != null ? speakerCapture : attributedSpeaker(text, sentence, valueStart);
    int start = sentence.tokens().get(match.start()).start();
    int end = sentence.tokens().get(excerptEnd(match, sentence) - 1).end();
    String asOf = AsOfDates.of(sentence, text.mentions(sentence.index()), published);
    Claim claim = new Claim(kind.name(), key(kind, slots), document.id(), document.effectiveSource(), speaker,
        sentence.index(), start, end, text.text().substring(start, end), value(quantity, canonical), asOf,
        modality(kind, text, sentence, start, end));
    String comparable = kind.valueSlot().type().base() == SlotType.Base.QUOTE ? QuoteWords.compared(canonical)
        : canonical.toLowerCase(Locale.ROOT);
    return new ExtractedClaim(id, kind, slots, quantity, comparable, claim,
        StatedYears.nearest(sentence.tokens(), text.mentions(sentence.index()), match.start()),
        StatedMonths.nearest(sentence.tokens(), match.start()),
        asOf == null && published.iso() == null ? WeekdayAsOf.of(text, sentence, speaker) : 0);
  }

  /** Words a pattern may check after a claim to know where it ends; the excerpt stops before them. */
  private static final java.util.Set<String> CLOSING_WORDS = java.util.Set.of("and", "or", "in", "at", "on", "near",
      "across", "during", "after", "since");

  /**
   * Where the claim's excerpt ends: before trailing punctuation and closing words that no capture holds
   * ("killing four," reads "killing four"; "23 arrests and" reads "23 arrests").
   */
  private static int excerptEnd(Match match, Sentence sentence) {
    int captured = match.start();
    for (Match.Capture capture : match.captures()) {
      captured = Math.max(captured, capture.end());
    }
    int end = match.end();
    while (end > captured) {
      io.corroborate.text.Token last = sentence.tokens().get(end - 1);
      if (last.kind() != io.corroborate.text.TokenKind.PUNCT && !CLOSING_WORDS.contains(last.lower())) {
        break;
      }
      end--;
    }
    return end;
  }

  /** A quotation is asserted as said whatever its words; any other claim as its clause says. */
  private static String modality(ClaimKind kind, AnalyzedText text, Sentence sentence, int start, int end) {
    if (kind.valueSlot().type().base() == SlotType.Base.QUOTE) {
      return null;
    }
    io.corroborate.text.Modality m = text.modalityAt(sentence.index(), start, end);
    return m.plain() ? null : m.describe();
  }

  private String attributedSpeaker(AnalyzedText text, Sentence sentence, int offset) {
    Speaker speaker = text.speakerAt(sentence.index(), offset);
    return speaker == null ? null : speakers.canonical(speaker.name());
  }

  private static Object valueOf(Match match, String slot) {
    return match.captures().stream().filter(c -> c.slot().equals(slot)).findFirst()
        .map(Match.Capture::value).orElse(null);
  }

  /** The key: the kind's key slots in declaration order, case-folded so outlets' spellings meet. */
  static String key(ClaimKind kind, Map<String, Object> slots) {
    List<String> parts = new ArrayList<>();
    for (Slot slot : kind.keySlots()) {
      Object value = slots.get(slot.name());
      if (value != null) {
        String text = value instanceof Double d ? Numbers.format(d) : value.toString().toLowerCase(Locale.ROOT);
        parts.add(slot.name() + "=" + text);
      }
    }
    return parts.isEmpty() ? "*" : String.join(", ", parts);
  }

  static Value value(Quantity q, String canonical) {
    if (q == null) {
      return new Value(null, null, null, null, canonical);
    }
    return new Value(finite(q.low()), finite(q.high()), q.unit(), q.qualifier(), display(q));
  }

  /** Numbers as numbers; dates and times as ISO text ("2024-11-07", "07:22"), which keys and people read. */
  static String display(Quantity q) {
    return temporal(q) ? DateValues.display(q) : Numbers.format(q.point());
  }

  static boolean temporal(Quantity q) {
    return q.dimension() == Dimension.DATE || q.dimension() == Dimension.TIME;
  }

  private static Object slotValue(Quantity q) {
    return temporal(q) ? DateValues.display(q) : q.point();
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
