package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PosTagger} on invented news sentences. Only tokens the UD-EWT model gets right are
 * asserted: it is a maxent tagger at roughly 94% on these sentences, and its known misses (verbs
 * right after a plural noun such as "prices fell", "earthquake struck", "will strike";
 * sentence-initial plurals such as "Shares", "Protesters" as PROPN; "declined to comment" as
 * ADP NOUN) are left out rather than pinned.
 */
class PosTaggerTest {

  static final String TABLE = """
      Ukraine's defence ministry said 1,200 troops had crossed the river.            | Ukraine's=PROPN ministry=NOUN said=VERB 1,200=NUM troops=NOUN had=AUX crossed=VERB .=PUNCT
      The company didn't comment on the report, a spokesman said.                    | company=NOUN didn't=AUX comment=VERB ,=PUNCT spokesman=NOUN said=VERB .=PUNCT
      Officials in Nairobi confirmed that 42 people were killed.                     | Officials=NOUN Nairobi=PROPN confirmed=VERB 42=NUM were=AUX killed=VERB
      `"We won't back down," Mayor Ellen Hargrove told reporters on Tuesday.`        | `"=PUNCT We=PRON won't=AUX ,=PUNCT Hargrove=PROPN told=VERB reporters=NOUN Tuesday=PROPN`
      Inflation rose to 4.7% in March, the highest level since 2008.                 | Inflation=NOUN 4.7=NUM %=SYM March=PROPN 2008=NUM
      The central bank's governor can't rule out another rate rise.                  | bank's=NOUN governor=NOUN can't=AUX rule=VERB
      Shares of Veltrix Corp. fell 12 percent after the announcement.                | Veltrix=PROPN fell=VERB 12=NUM announcement=NOUN
      A 34-year-old man was arrested near the border on Friday.                      | 34-year-old=ADJ man=NOUN was=AUX arrested=VERB Friday=PROPN
      Firefighters battled the blaze for three hours before it was contained.        | Firefighters=NOUN battled=VERB blaze=NOUN three=NUM hours=NOUN contained=VERB
      The minister's office declined to comment.                                     | minister's=NOUN office=NOUN declined=VERB
      It's the third time this year that the plant has shut down.                    | It's=PRON third=ADJ plant=NOUN has=AUX shut=VERB
      Brazil's president signed the bill into law on Monday.                         | Brazil's=PROPN president=NOUN signed=VERB bill=NOUN Monday=PROPN
      About 3,500 residents have been evacuated from coastal towns.                  | 3,500=NUM residents=NOUN evacuated=VERB coastal=ADJ towns=NOUN
      The storm, which made landfall late Sunday, knocked out power to 80,000 homes. | storm=NOUN ,=PUNCT made=VERB knocked=VERB 80,000=NUM homes=NOUN
      They don't expect a decision before the summer recess.                         | They=PRON don't=AUX expect=VERB decision=NOUN
      The European Commission fined the tech giant €2.4 billion.                     | Commission=PROPN fined=VERB €=SYM 2.4=NUM billion=NUM
      Dr. Amara Osei, a virologist at the university, said the data were incomplete. | Amara=PROPN Osei=PROPN virologist=NOUN said=VERB
      Turnout was 61 per cent, down from 67 per cent in 2019.                        | Turnout=NOUN was=AUX 61=NUM 67=NUM 2019=NUM
      The ceasefire collapsed within hours (officials blamed both sides).            | ceasefire=NOUN collapsed=VERB (=PUNCT blamed=VERB )=PUNCT
      Prime Minister Lena Varga's coalition lost its majority.                       | Varga's=PROPN coalition=NOUN lost=VERB majority=NOUN
      `"This isn't over," she said.`                                                 | `isn't=AUX she=PRON said=VERB "=PUNCT`
      The airline cancelled 230 flights on Thursday — the most since the pandemic.   | airline=NOUN cancelled=VERB 230=NUM flights=NOUN —=PUNCT
      Exports to China grew by 9.3 per cent in the first quarter.                    | China=PROPN grew=VERB 9.3=NUM quarter=NOUN
      Rescue workers pulled two survivors from the rubble overnight.                 | workers=NOUN pulled=VERB two=NUM survivors=NOUN rubble=NOUN
      The court's ruling can be appealed within 30 days.                             | court's=NOUN ruling=NOUN can=AUX appealed=VERB 30=NUM days=NOUN
      `Senator Okafor voted against the measure, calling it "reckless".`             | Okafor=PROPN voted=VERB against=ADP calling=VERB
      Netflix said it added 8 million subscribers in the quarter.                    | Netflix=PROPN said=VERB added=VERB 8=NUM million=NUM subscribers=NOUN
      The vote was 52-48 in favour of the amendment.                                 | vote=NOUN 52-48=NUM amendment=NOUN
      Protesters gathered outside parliament in Tbilisi on Saturday evening.         | gathered=VERB Tbilisi=PROPN Saturday=PROPN
      We haven't seen prices like this in a decade, one trader said.                 | haven't=AUX seen=VERB prices=NOUN trader=NOUN said=VERB
      The WHO reported 1,024 new cases in the past week.                             | reported=VERB 1,024=NUM cases=NOUN week=NOUN
      Kenya’s athletes won five gold medals in Budapest.                             | Kenya’s=PROPN athletes=NOUN won=VERB five=NUM medals=NOUN Budapest=PROPN
      Oil prices fell sharply on Wednesday as demand weakened.                       | prices=NOUN Wednesday=PROPN weakened=VERB
      The three-month investigation found no evidence of fraud.                      | three-month=NOUN investigation=NOUN found=VERB evidence=NOUN fraud=NOUN
      Mr. Dubois resigned after 11 years as chief executive.                         | Dubois=PROPN resigned=VERB 11=NUM years=NOUN
      A magnitude 6.1 earthquake struck off the coast of Sumatra early today.        | 6.1=NUM earthquake=NOUN coast=NOUN Sumatra=PROPN
      The union says its members will strike if talks fail.                          | union=NOUN says=VERB members=NOUN will=AUX fail=VERB
      Tickets cost $45 each & sold out in minutes.                                   | $=SYM 45=NUM &=SYM minutes=NOUN
      Nobody's been charged yet, according to a police statement.                    | Nobody's=PRON charged=VERB statement=NOUN
      The U.S. State Department issued a travel advisory for the region.             | U.S.=PROPN Department=PROPN issued=VERB advisory=NOUN region=NOUN
      Germany's exports to the U.K. haven't recovered since 2020.                    | Germany's=PROPN exports=NOUN haven't=AUX recovered=VERB 2020=NUM
      Two F-16 jets landed at the base on Oct. 3.                                    | Two=NUM F-16=PROPN jets=NOUN landed=VERB 3=NUM
      Acme's chief executive, Rosa Lindqvist, resigned on Tuesday.                   | Acme's=PROPN Lindqvist=PROPN resigned=VERB
      The city's mayor wasn't available for comment.                                 | city's=NOUN mayor=NOUN wasn't=AUX available=ADJ
      The fire broke out at 10pm on Saturday, killing 3 people.                      | fire=NOUN 10pm=NUM Saturday=PROPN killing=VERB 3=NUM people=NOUN
      Voters in Saint-Denis backed the far-right candidate by 3,214 votes.           | Voters=NOUN Saint-Denis=PROPN backed=VERB candidate=NOUN 3,214=NUM votes=NOUN
      """;

  /** Expected tags as {@code token=TAG}, space-separated; a token is found by its exact text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = TABLE)
  void tagsChosenTokens(String sentence, String expected) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    String[] tags = PosTagger.tags(tokens);
    assertEquals(tokens.size(), tags.length);
    for (String e : expected.trim().split(" +")) {
      int eq = e.lastIndexOf('=');
      String text = e.substring(0, eq);
      int i = indexOf(tokens, text);
      assertTrue(i >= 0, () -> "no token " + text);
      assertEquals(e.substring(eq + 1), tags[i], () -> text + " in: " + describe(tokens, tags));
    }
  }

  /** Always one tag per token, every tag from {@link PosTagger#tagSet()}, kinds respected. */
  @Test
  void oneTagPerTokenAndKindsRespected() {
    List<String> inputs = new ArrayList<>(sentences());
    inputs.addAll(List.of(
        "", ".", "...", "“”", "😀 ok", "$ % € ©", "a-", "-b", "--", "x--y", "Russia's", "’s",
        "Kyiv’s-based", "The 2.0-megapixel F-16's 20-win 1990s 47th 3.5bn 45.6C 10km 7:22 52-48.5",
        "can't won't cannot it's they're I'm we've let's O'Brien's Jones' U.S.-led a.m. Mr. No. 1",
        "BREAKING: Storm hits coast\nSecond line, no period"));
    StringBuilder doc = new StringBuilder();
    for (String s : inputs) {
      check(Tokenizer.tokenize(s));
      doc.append(s).append(' ');
    }
    check(Tokenizer.tokenize(doc.toString())); // one very long "sentence"
    for (Sentence s : SentenceSplitter.split(String.join("\n", inputs))) {
      check(s.tokens());
    }
  }

  private static void check(List<Token> tokens) {
    String[] tags = PosTagger.tags(tokens);
    assertEquals(tokens.size(), tags.length, () -> describe(tokens, tags));
    for (int i = 0; i < tags.length; i++) {
      Token t = tokens.get(i);
      String tag = tags[i];
      assertTrue(PosTagger.tagSet().contains(tag), tag);
      switch (t.kind()) {
        case PUNCT -> assertEquals("PUNCT", tag, t.text());
        case SYMBOL -> assertEquals("SYM", tag, t.text());
        default -> assertTrue(!tag.equals("PUNCT") && !tag.equals("SYM"), t.text() + "/" + tag);
      }
      if (t.kind() == TokenKind.NUMBER && t.text().matches("[0-9][0-9,.:]*")) {
        assertEquals("NUM", tag, t.text());
      }
    }
  }

  @Test
  void tagSetIsUniversalPos() {
    assertEquals(List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
        "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"), PosTagger.tagSet());
  }

  /** The mapping from our tokens to model pieces, as documented in {@link PosTaggerPieces}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Russia's army        | Russia army
      Kyiv’s mayor         | Kyiv mayor
      O'Brien's car        | O'Brien car
      it's over            | it's over
      that’s it            | that's it
      they didn't          | they didn't
      I cannot             | I cannot
      a three-month truce  | a three - month truce
      a 20-year-old man    | a 20 - year - old man
      U.S.-led forces      | U.S. - led forces
      the Jones' house     | the Jones ' house
      wait -- then         | wait -- then
      """)
  void splitsIntoModelPieces(String input, String expectedPieces) {
    assertEquals(expectedPieces, String.join(" ", PosTaggerPieces.of(Tokenizer.tokenize(input)).texts));
  }

  @Test
  void compoundTagsKeepTheHeadWord() {
    assertEquals("AUX", PosTaggerPieces.head("AUX+PART"));
    assertEquals("PROPN", PosTaggerPieces.head("PROPN+PART"));
    assertEquals("AUX", PosTaggerPieces.head("AUX+PART+VERB"));
    assertEquals("NOUN", PosTaggerPieces.head("NOUN"));
  }

  /** Without the class constraint our decoder is OpenNLP's POSTaggerME, exactly. */
  @Test
  void unconstrainedDecoderEqualsPosTaggerMe() {
    POSTaggerME reference = new POSTaggerME(PosTagger.model(), POSTagFormat.CUSTOM);
    PosTagger.Decoder decoder = new PosTagger.Decoder(PosTagger.model());
    for (String s : sentences()) {
      String[] pieces = PosTaggerPieces.of(Tokenizer.tokenize(s)).texts;
      assertArrayEquals(reference.tag(pieces), decoder.decode(pieces, null), s);
    }
  }

  @Test
  void modelIsAClassPathResource() {
    assertNotNull(PosTagger.class.getResource(PosTagger.MODEL_RESOURCE));
  }

  /** 8 threads tag different sentences at once, repeatedly; results equal single-threaded ones. */
  @Test
  void concurrentTaggingEqualsSingleThreaded() throws Exception {
    List<List<Token>> sentences = sentences().stream().map(Tokenizer::tokenize).collect(Collectors.toList());
    List<String[]> expected = sentences.stream().map(PosTagger::tags).collect(Collectors.toList());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < 5; round++) {
            for (int k = 0; k < sentences.size(); k++) {
              int i = (k * 7 + offset * 5 + round) % sentences.size(); // each thread its own order
              String[] tags = PosTagger.tags(sentences.get(i));
              if (!Arrays.equals(expected.get(i), tags)) {
                throw new AssertionError("thread " + offset + ": " + describe(sentences.get(i), tags));
              }
              checked++;
            }
          }
          return checked;
        }));
      }
      start.countDown();
      for (Future<Integer> f : results) {
        assertEquals(5 * sentences.size(), f.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static List<String> sentences() {
    return TABLE.lines().filter(l -> !l.isBlank())
        .map(l -> l.substring(0, l.indexOf(" | ")).trim().replace("`", ""))
        .collect(Collectors.toList());
  }

  private static int indexOf(List<Token> tokens, String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(List<Token> tokens, String[] tags) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      sb.append(tokens.get(i).text()).append('/').append(i < tags.length ? tags[i] : "?").append(' ');
    }
    return sb.toString().trim();
  }
}
