package io.corroborate.compile.match;

import io.corroborate.check.Lexicon;
import io.corroborate.check.SlotType;
import io.corroborate.lang.ast.Pattern;
import io.corroborate.text.MentionType;
import io.corroborate.text.Token;
import io.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles checked pattern ASTs into matcher nodes. Literals and lexicon phrases are tokenized with the
 * same tokenizer as documents, so "Don't" or "U.S." match exactly the tokens the text layer makes.
 */
public final class PatternCompiler {
  private final Map<String, LexiconTrie> tries = new LinkedHashMap<>();
  private final Map<SlotType.Base, List<LexiconTrie>> entityLexicons = new LinkedHashMap<>();
  private final Map<String, Pattern> macros;
  private final Function<io.corroborate.lang.ast.Name, String> resolve;

  /**
   * @param resolve what a name written in a pattern means (lexicon and named-pattern keys), from the
   *     checks; ruleset namespaces make this more than the written text
   */
  public PatternCompiler(Map<String, Lexicon> lexicons, Map<String, Pattern> macros,
      Function<io.corroborate.lang.ast.Name, String> resolve) {
    this.macros = Map.copyOf(macros);
    this.resolve = resolve;
    for (Lexicon lexicon : lexicons.values()) {
      LexiconTrie trie = new LexiconTrie();
      lexicon.phrases().forEach((phrase, canonical) -> trie.add(words(phrase), canonical));
      tries.put(lexicon.name(), trie);
      if (lexicon.entityType() != null) {
        entityLexicons.computeIfAbsent(lexicon.entityType(), t -> new ArrayList<>()).add(trie);
      }
    }
  }

  /** A lexicon's trie, for speaker canonicalization and other phrase lookups. */
  public Map<SlotType.Base, List<LexiconTrie>> entityLexicons() {
    return entityLexicons;
  }

  /**
   * Compiles one pattern. {@code slotType} resolves a capture name to its slot's type (claim patterns);
   * finding patterns have no slots.
   */
  public CompiledPattern compile(int index, Pattern pattern, Function<String, SlotType> slotType, List<String> slots) {
    return compile(index, 0, pattern, slotType, slots);
  }

  public CompiledPattern compile(int index, int priority, Pattern pattern, Function<String, SlotType> slotType,
      List<String> slots) {
    List<Pattern> items = pattern instanceof Pattern.Seq seq ? seq.items() : List.of(pattern);
    List<CompiledPattern.Element> elements = new ArrayList<>();
    for (Pattern item : items) {
      elements.add(new CompiledPattern.Element(node(item, slotType, slots), item.span().text(), typeOf(item), slotOf(item)));
    }
    Node root = elements.size() == 1 ? elements.get(0).node()
        : new Structure.Sequence(elements.stream().map(CompiledPattern.Element::node).toList());
    return new CompiledPattern(index, priority, root, slots, elements);
  }

  private static String typeOf(Pattern item) {
    return item instanceof Pattern.TypedCapture c ? c.type().span().text() : null;
  }

  private static String slotOf(Pattern item) {
    if (item instanceof Pattern.TypedCapture c) {
      return c.capture().text();
    }
    return item instanceof Pattern.GroupCapture g ? g.capture().text() : null;
  }

  private Node node(Pattern p, Function<String, SlotType> slotType, List<String> slots) {
    if (p instanceof Pattern.Seq seq) {
      return new Structure.Sequence(seq.items().stream().map(i -> node(i, slotType, slots)).toList());
    }
    if (p instanceof Pattern.Alt alt) {
      return new Structure.Alternatives(alt.options().stream().map(o -> node(o, slotType, slots)).toList());
    }
    if (p instanceof Pattern.Repeat rep) {
      return new Structure.Repeat(node(rep.inner(), slotType, slots), rep.min(), rep.max());
    }
    if (p instanceof Pattern.Literal literal) {
      return new Nodes.Literal(words(literal.text()));
    }
    if (p instanceof Pattern.Ref ref) {
      String key = resolve.apply(ref.name());
      LexiconTrie trie = key == null ? null : tries.get(key);
      if (trie != null) {
        return new Nodes.Lexicon(trie);
      }
      Pattern macro = key == null ? null : macros.get(key);
      // checks rule out cycles, so expanding a named pattern in place terminates
      return macro != null ? node(macro, slotType, slots) : Nodes.TokenTest.builtin(ref.name().text());
    }
    if (p instanceof Pattern.RegexTest regex) {
      return Nodes.TokenTest.regex(regex.regex());
    }
    if (p instanceof Pattern.Not not) {
      return new Nodes.Not(node(not.inner(), slotType, slots));
    }
    if (p instanceof Pattern.PosTest pos) {
      return Nodes.TokenTest.partOfSpeech(pos.tag().text());
    }
    if (p instanceof Pattern.Anchor anchor) {
      return new Nodes.Anchor(anchor.start());
    }
    if (p instanceof Pattern.Gap gap) {
      return new Nodes.Gap(gap.min(), gap.max());
    }
    if (p instanceof Pattern.GroupCapture group) {
      return new Captures.Group(slots.indexOf(group.capture().text()), node(group.inner(), slotType, slots));
    }
    Pattern.TypedCapture capture = (Pattern.TypedCapture) p;
    return typedCapture(slots.indexOf(capture.capture().text()), slotType.apply(capture.capture().text()), capture);
  }

  private Node typedCapture(int slot, SlotType slotType, Pattern.TypedCapture capture) {
    String written = capture.type().name().text();
    String key = resolve.apply(capture.type().name());
    if (key != null && tries.containsKey(key)) {
      return new Captures.LexiconValue(slot, tries.get(key));
    }
    SlotType.Base base = SlotType.Base.valueOf(written);
    if (base == SlotType.Base.DATE || base == SlotType.Base.TIME) {
      return new Captures.Numeric(slot, base == SlotType.Base.DATE ? MentionType.DATE : MentionType.TIME, null);
    }
    if (base == SlotType.Base.QUANTITY || base == SlotType.Base.NUMBER) {
      var dimension = capture.type().unit() == null ? null
          : io.corroborate.text.Dimension.valueOf(capture.type().unit().text().toUpperCase(java.util.Locale.ROOT));
      return new Captures.Numeric(slot, base == SlotType.Base.QUANTITY ? MentionType.QUANTITY : MentionType.NUMBER,
          dimension);
    }
    if (base == SlotType.Base.NOUN) {
      return new Captures.NounPhrase(slot, entityLexicons.getOrDefault(base, List.of()));
    }
    if (base == SlotType.Base.QUOTE) {
      return new Captures.Quotation(slot);
    }
    List<LexiconTrie> lexicons = entityLexicons.getOrDefault(base, List.of());
    if (base == SlotType.Base.SPEAKER || base == SlotType.Base.PERSON) {
      lexicons = new ArrayList<>(lexicons);
      lexicons.addAll(entityLexicons.getOrDefault(base == SlotType.Base.SPEAKER ? SlotType.Base.PERSON
          : SlotType.Base.SPEAKER, List.of()));
    }
    assert slotType != null || slot < 0;
    return new Captures.Entity(slot, lexicons);
  }

  /** The lower-case token forms of a phrase, as the document tokenizer would produce them. */
  static List<String> words(String phrase) {
    List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
    return tokens.stream().map(Token::lower).toList();
  }
}
