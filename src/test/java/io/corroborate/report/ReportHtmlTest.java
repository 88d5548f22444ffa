package io.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Attribution;
import io.corroborate.Corroborate;
import io.corroborate.Document;
import io.corroborate.DocumentSummary;
import io.corroborate.Finding;
import io.corroborate.Problem;
import io.corroborate.Report;
import io.corroborate.RuleSet;
import io.corroborate.Stats;
import io.corroborate.Value;
import io.corroborate.Verdict;
import io.corroborate.input.DocumentReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report read back with an HTML parser: structure, context, and escaping of hostile text. */
class ReportHtmlTest {
  private static final Path EXAMPLE = Path.of("examples/harbour");
  private static final String HOSTILE = "<script>alert(\"pwned\")</script> & 'quoted' \"<img src=x onerror=alert(1)>";

  private static Report harbour;
  private static List<Document> harbourDocuments;

  @BeforeAll
  static void evaluateHarbour() throws Exception {
    RuleSet rules = Corroborate.compile(List.of(EXAMPLE));
    DocumentReader.Result input = Corroborate.readDocuments(List.of(EXAMPLE.resolve("reports")));
    harbourDocuments = input.documents();
    harbour = rules.evaluate(harbourDocuments, input.problems());
  }

  @Test
  void summaryCountsEveryPartOfTheReport() {
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(harbour, harbourDocuments));
    Stats s = harbour.stats();
    assertThat(page.select("#summary .tile")).extracting(Element::text).containsExactly(
        "Documents " + s.documents(), "Sentences " + s.sentences(), "Claims " + s.claims(),
        "Verdicts " + s.verdicts(), "Findings " + s.findings(), "Problems " + s.problems());
    assertThat(page.select("#summary .labels .badge:not(.finding-type)")).extracting(Element::text)
        .containsExactlyInAnyOrderElementsOf(s.verdictsByLabel().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).toList());
    assertThat(page.select("#summary .finding-type .count")).extracting(e -> Integer.parseInt(e.text()))
        .hasSizeGreaterThan(1).containsExactlyElementsOf(harbour.findings().stream()
            .collect(java.util.stream.Collectors.groupingBy(Finding::type, java.util.TreeMap::new,
                java.util.stream.Collectors.summingInt(f -> 1))).values());
    assertThat(page.select("table.documents tbody tr")).hasSize(harbour.documents().size());
    assertThat(page.select("#findings li")).hasSize(harbour.findings().size());
  }

  @Test
  void eachVerdictShowsItsValuesSideBySideWithEveryAttribution() {
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(harbour, harbourDocuments));
    Elements articles = page.select("article.verdict");
    assertThat(articles).hasSize(harbour.verdicts().size());
    for (int i = 0; i < articles.size(); i++) {
      Verdict v = harbour.verdicts().get(i);
      Element article = articles.get(i);
      assertThat(article.attr("data-label")).isEqualTo(v.verdict());
      assertThat(article.attr("data-kind")).isEqualTo(v.claim());
      assertThat(article.select("code").first().text()).isEqualTo(v.rule());
      long values = v.attributions().stream().map(Attribution::value).distinct().count();
      assertThat(article.select(".value-group")).as(v.id()).hasSize((int) values);
      assertThat(article.select("mark")).extracting(Element::text)
          .containsExactlyElementsOf(v.attributions().stream().map(a -> a.text().replaceAll("\\s+", " ")).toList());
    }
    Element disputed = page.select("article[data-label=DISPUTED][data-kind=Destroyed]").first();
    assertThat(disputed.select(".value-group .amount")).extracting(Element::text).containsExactly("3", "5");
    assertThat(disputed.select(".speaker")).extracting(Element::text).contains("Dana Reyes", "Tomas Okafor");
  }

  @Test
  void theMatchIsHighlightedInsideItsWholeSentence() {
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(harbour, harbourDocuments));
    Attribution first = harbour.verdicts().get(0).attributions().get(0);
    Element quote = page.select("article.verdict").first().select(".attribution blockquote").first();
    String text = harbourDocuments.stream().filter(d -> d.id().equals(first.document())).findFirst().orElseThrow().text();
    String sentenceStart = text.substring(0, first.start());
    String before = sentenceStart.substring(Math.max(sentenceStart.lastIndexOf(". "), sentenceStart.lastIndexOf('\n')) + 1).strip();
    assertThat(quote.text()).startsWith(before.isEmpty() ? first.text() : before).contains(first.text());
    assertThat(quote.text()).hasSizeGreaterThan(first.text().length());
  }

  @Test
  void withoutTheDocumentsOnlyTheMatchIsShown() {
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(harbour));
    for (Element quote : page.select(".attribution blockquote")) {
      assertThat(quote.text()).isEqualTo(quote.selectFirst("mark").text());
    }
  }

  @Test
  void hostileTextIsShownAsTextEverywhere() {
    Report report = hostileReport();
    String html = ReportHtml.render(report, List.of(new Document("d<1>", HOSTILE, null, HOSTILE, "He said " + HOSTILE + " today.")));
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    assertThat(page.select("script")).as("only the page's own script").hasSize(1);
    assertThat(page.select("script").first().data()).doesNotContain("pwned");
    assertThat(page.select("img")).isEmpty();
    assertThat(page.getAllElements()).allSatisfy(e ->
        assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
    assertThat(page.select("mark").first().text()).isEqualTo(HOSTILE);
    assertThat(page.select(".attribution blockquote").first().text()).isEqualTo("He said " + HOSTILE + " today.");
    Element article = page.select("article.verdict").first();
    assertThat(article.attr("data-label")).isEqualTo("MIS\"QUOTE'");
    assertThat(article.attr("data-kind")).isEqualTo("Kind\"><b>");
    assertThat(article.select(".message").text()).isEqualTo(HOSTILE);
    assertThat(article.select(".speaker").text()).isEqualTo(HOSTILE);
    assertThat(page.select("#findings blockquote").text()).isEqualTo(HOSTILE);
    assertThat(page.select("#findings .message").text()).isEqualTo(HOSTILE);
    assertThat(page.select("#problems li").text()).contains(HOSTILE);
    assertThat(page.select("table.documents td").eachText()).contains(HOSTILE);
    assertThat(page.select(".filters button[data-value]")).extracting(e -> e.attr("data-value"))
        .containsExactly("MIS\"QUOTE'", "Kind\"><b>");
  }

  @Test
  void hostileRuleMessagesAndDocumentsFromTheEngineAreEscaped() throws Exception {
    RuleSet rules = Corroborate.compileText("hostile.claims", """
        claim Hurt() value n: QUANTITY {
          pattern n:QUANTITY "people" "were" "hurt"
        }
        rule "big <b>figure</b>" severity high
          when a: Hurt, a.n >= 10
          then verdict LARGE "<script>alert('{a.source}')</script> \\"{a.n}\\" & more"
        finding SHOUTING severity low
          when contains ("alert")
          message "<img src=x onerror=alert(1)> in {document}"
        """);
    List<Document> documents = List.of(
        new Document("a<b>", "<i>Outlet</i> \"A\"", null, "<title>", "Some 12 people were hurt, <script>alert('x')</script> said."),
        new Document("b'c", "O'Brien & Sons", null, null, "12 people were hurt. Please alert the \"<b>\" team."));
    Report report = rules.evaluate(documents);
    assertThat(report.verdicts()).extracting(Verdict::verdict).contains("LARGE");
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(report, documents));
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("img, i, b, title")).extracting(Element::tagName).containsExactly("title");
    assertThat(page.title()).startsWith("Corroborate report");
    assertThat(page.select("article[data-label=LARGE] .message").eachText())
        .allSatisfy(m -> assertThat(m).startsWith("<script>alert('").contains("</script> \"").endsWith("12\" & more"));
    assertThat(page.select(".outlet").eachText()).contains("<i>Outlet</i> \"A\"", "O'Brien & Sons");
    assertThat(page.select("#findings .message").eachText()).allSatisfy(m -> assertThat(m).startsWith("<img src=x"));
    assertThat(page.select(".attribution blockquote").eachText())
        .contains("Some 12 people were hurt, <script>alert('x')</script> said.");
  }

  @Test
  void controlCharactersDoNotReachThePage() {
    assertThat(HtmlOut.escape("a\u0000b\u0007c\nd\u0085")).isEqualTo("a\uFFFDb\uFFFDc\nd\uFFFD");
  }

  @Test
  void thePageIsSelfContained() {
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(harbour, harbourDocuments));
    assertThat(page.select("link, img, iframe, script[src], object, embed")).isEmpty();
    assertThat(page.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
    assertThat(page.select("[href]")).allSatisfy(a ->
        assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull());
  }

  @Test
  void theWriterVariantWritesTheSamePage() throws Exception {
    StringWriter writer = new StringWriter();
    ReportHtml.write(harbour, harbourDocuments, writer);
    assertThat(writer.toString()).isEqualTo(ReportHtml.render(harbour, harbourDocuments));
  }

  @Test
  void anEmptyReportSaysSo() {
    Report empty = new Report(Report.SCHEMA_VERSION, List.of(), List.of(), List.of(), List.of(), List.of(),
        new Stats(0, 0, 0, 0, 0, 0, Map.of()));
    org.jsoup.nodes.Document page = Jsoup.parse(ReportHtml.render(empty));
    assertThat(page.select("#verdicts .empty").text()).startsWith("No verdicts");
    assertThat(page.select("#filters")).isEmpty();
  }

  /** Hostile strings in every field a rule file or a document controls. */
  private static Report hostileReport() {
    String text = "He said " + HOSTILE + " today.";
    int start = text.indexOf(HOSTILE);
    Value value = new Value(null, null, null, null, HOSTILE);
    Attribution a = new Attribution("d<1>", HOSTILE, HOSTILE, 0, start, start + HOSTILE.length(), HOSTILE, value);
    return new Report(Report.SCHEMA_VERSION,
        List.of(new DocumentSummary("d<1>", HOSTILE, null, HOSTILE, 1, 1, 1)),
        List.of(),
        List.of(new Verdict("v1", "Kind\"><b>", HOSTILE, "MIS\"QUOTE'", HOSTILE, "high", HOSTILE, HOSTILE, List.of(a))),
        List.of(new Finding("EDITORIAL", "d<1>", 0, text.length(), HOSTILE, HOSTILE, "medium", HOSTILE)),
        List.of(new Problem("warning", "X001", HOSTILE, HOSTILE, HOSTILE, 0, 0)),
        new Stats(1, 1, 0, 1, 1, 1, Map.of("MIS\"QUOTE'", 1)));
  }
}
