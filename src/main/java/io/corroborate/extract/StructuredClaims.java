package io.corroborate.extract;

import io.corroborate.Claim;
import io.corroborate.StructuredClaim;
import io.corroborate.check.ClaimKind;
import io.corroborate.check.Lexicon;
import io.corroborate.check.Slot;
import io.corroborate.check.SlotType;
import io.corroborate.compile.CompiledRuleSet;
import io.corroborate.text.AnalyzedText;
import io.corroborate.text.Mention;
import io.corroborate.text.MentionType;
import io.corroborate.text.Quantity;
import io.corroborate.text.QuoteWords;
import io.corroborate.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns claims extracted elsewhere into the claims the engine evaluates, checked against the rule
 * set's kinds and slots. Values are read by the same text layer as documents, so "about 40" is the
 * same interval whether a pattern or a service found it. Thread-safe.
 */
public final class StructuredClaims {
  private final CompiledRuleSet rules;
  private final SpeakerNames speakers;

  public StructuredClaims(CompiledRuleSet rules) {
    this.rules = rules;
    this.speakers = new SpeakerNames(rules.entityLexicons());
  }

  /**
   * The claim as the engine needs it.
   *
   * @throws IllegalArgumentException naming every way the claim does not fit the rule set
   */
  public ExtractedClaim claim(int id, StructuredClaim input) {
    ClaimKind kind = rules.checked().kinds().get(input.kind());
    if (kind == null) {
      throw new IllegalArgumentException(input.kind() == null || input.kind().isBlank()
          ? "the claim has no `kind`; the rule set's kinds: " + kinds()
          : "unknown claim kind `" + input.kind() + "`; the rule set's kinds: " + kinds());
    }
    List<String> errors = new ArrayList<>();
    Map<String, Object> slots = keySlots(kind, input.key(), errors);
    Object raw = value(kind.valueSlot(), input.value(), errors);
    String source = blankToNull(input.source());
    String document = blankToNull(input.document());
    if (source == null && document == null) {
      errors.add("the claim needs a `source` (the outlet) or a `document`");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("claim " + kind.name() + ": " + String.join("; ", errors));
    }
    slots.put(kind.valueSlot().name(), raw instanceof Quantity q ? slotValue(q) : raw);
    Quantity quantity = raw instanceof Quantity q ? q : null;
    String canonical = quantity != null ? ClaimExtractor.display(quantity) : String.valueOf(raw);
    String outlet = source != null ? source : document;
    Claim claim = new Claim(kind.name(), ClaimExtractor.key(kind, slots), document != null ? document : outlet, outlet,
        speakers.canonical(input.speaker()), orElse(input.sentence(), -1), orElse(input.start(), 0),
        orElse(input.end(), 0), input.text() != null ? input.text() : input.value(),
        ClaimExtractor.value(quantity, canonical));
    // a quotation is compared as its words, the same way as one found in text
    String comparable = kind.valueSlot().type().base() == SlotType.Base.QUOTE ? QuoteWords.compared(canonical)
        : canonical.toLowerCase(Locale.ROOT);
    return new ExtractedClaim(id, kind, slots, quantity, comparable, claim);
  }

  private Map<String, Object> keySlots(ClaimKind kind, Map<String, String> given, List<String> errors) {
    Map<String, Object> slots = new LinkedHashMap<>();
    List<String> names = kind.keySlots().stream().map(Slot::name).toList();
    for (String name : given.keySet()) {
      if (!names.contains(name)) {
        errors.add("no key slot `" + name + "` (key slots: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
      }
    }
    for (Slot slot : kind.keySlots()) {
      String written = blankToNull(given.get(slot.name()));
      if (written != null) {
        Object value = keyValue(slot, written, errors);
        if (value != null) {
          slots.put(slot.name(), value);
        }
      } else if (slot.defaultValue() != null) {
        slots.put(slot.name(), slot.defaultValue());
      } else if (!slot.optional()) {
        errors.add("key slot `" + slot.name() + "` (" + slot.type().display() + ") is missing");
      }
    }
    return slots;
  }

  private Object keyValue(Slot slot, String written, List<String> errors) {
    Object value = value(slot, written, errors);
    return value instanceof Quantity q ? slotValue(q) : value;
  }

  /** A slot's value read from text: a Quantity for numbers, dates and times; canonical text otherwise. */
  private Object value(Slot slot, String written, List<String> errors) {
    if (written == null || written.isBlank()) {
      errors.add("the value `" + slot.name() + "` (" + slot.type().display() + ") is missing");
      return null;
    }
    SlotType type = slot.type();
    return switch (type.base()) {
      case LEXICON -> lexiconValue(slot, written, errors);
      case QUANTITY, NUMBER, DATE, TIME -> interval(slot, written, errors);
      case SPEAKER, PERSON -> speakers.canonical(written);
      default -> written.strip();
    };
  }

  private String lexiconValue(Slot slot, String written, List<String> errors) {
    Lexicon lexicon = rules.checked().lexicons().get(slot.type().lexicon());
    String phrase = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String canonical = lexicon == null ? null : lexicon.phrases().get(phrase);
    if (canonical == null) {
      List<String> known = lexicon == null ? List.of()
          : lexicon.phrases().values().stream().distinct().sorted().limit(8).toList();
      errors.add("`" + written + "` is not in lexicon " + slot.type().lexicon() + " (slot `" + slot.name() + "`"
          + (known.isEmpty() ? ")" : "; e.g. " + String.join(", ", known) + ")"));
    }
    return canonical;
  }

  private Quantity interval(Slot slot, String written, List<String> errors) {
    AnalyzedText text = TextAnalyzer.analyze(written, rules.checked().approximateTolerance(), null);
    Mention best = null;
    for (List<Mention> mentions : text.mentions()) {
      for (Mention m : mentions) {
        if (fits(slot.type(), m) && (best == null || m.tokenEnd() - m.tokenStart() > best.tokenEnd() - best.tokenStart())) {
          best = m;
        }
      }
    }
    if (best == null) {
      errors.add("`" + written + "` is not a " + slot.type().display() + " (slot `" + slot.name() + "`)");
      return null;
    }
    return best.quantity();
  }

  private static boolean fits(SlotType type, Mention m) {
    return switch (type.base()) {
      case DATE -> m.type() == MentionType.DATE;
      case TIME -> m.type() == MentionType.TIME;
      default -> (m.type() == MentionType.NUMBER || m.type() == MentionType.QUANTITY)
          && (type.dimension() == null || m.quantity().dimension() == type.dimension());
    };
  }

  private static Object slotValue(Quantity q) {
    return ClaimExtractor.temporal(q) ? io.corroborate.text.DateValues.display(q) : q.point();
  }

  private String kinds() {
    return String.join(", ", rules.checked().kinds().keySet());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int orElse(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
