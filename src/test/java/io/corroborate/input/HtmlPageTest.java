package io.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages: metadata from the head, visible text a block a line, boilerplate and hidden parts dropped. */
class HtmlPageTest {
  private static final Path FIXTURES = Path.of("src/test/resources/input");

  @Test
  void readsMetadataAndKeepsOneBlockALine() {
    Document d = read("article.html");

    assertThat(d.title()).isEqualTo("Quay fire injures twelve firefighters"); // og:title, not <title>
    assertThat(d.source()).isEqualTo("The Port Alder Lantern");
    assertThat(d.sourceInferred()).isFalse();
    assertThat(d.published()).isEqualTo("2026-04-12T07:30:00+01:00");
    assertThat(d.url()).isEqualTo("https://lantern.example/news/quay-fire"); // canonical before og:url
    assertThat(d.text().split("\n")).containsExactly(
        "Quay fire injures twelve firefighters",
        "By Ines Marlowe",
        "Smoke over the east quay on Sunday.",
        "Twelve firefighters were hurt when a warehouse burned on the east quay, the fire service said.",
        "The harbour master said \u201cfive warehouses\u201d were lost & the quay stays shut.",
        "Roads nearby reopened at noon.",
        "What we know",
        "About 40 residents left their homes overnight.",
        "The cause is not yet known.");
  }

  @Test
  void takesMetadataFromJsonLdWhenTheHeadHasNoMetaTags() {
    Document d = read("jsonld.html");

    assertThat(d.title()).isEqualTo("Ferry strike ends after three days");
    assertThat(d.source()).isEqualTo("Bayside Courier");
    assertThat(d.published()).isEqualTo("2026-05-02T18:00:00Z");
    assertThat(d.url()).isEqualTo("https://courier.example/ferry-strike");
    assertThat(d.text()).contains("Route\tSailings\nNorth\t14\n", "Timetable:\n08:00 north\n09:30 south");
  }

  @Test
  void aPageWithoutMetadataFallsBackToH1TimeAndTheCopyrightLine() {
    Document d = read("bare.html");

    assertThat(d.title()).isEqualTo("Council vote delayed");
    assertThat(d.published()).isEqualTo("2026-03-09");
    assertThat(d.url()).isNull();
    assertThat(d.source()).isEqualTo("Westcliff Evening Post");
    assertThat(d.sourceEvidence().kind()).isEqualTo("copyright");
    assertThat(d.text().substring(d.sourceEvidence().start(), d.sourceEvidence().end()))
        .startsWith("\u00a9 2026 Westcliff Evening Post");
  }

  @Test
  void aDeclaredLatin1CharsetIsReadAsWindows1252WithoutAWarning() {
    List<InputUnit> units = DocumentReader.readFile(FIXTURES.resolve("latin1.html"));

    assertThat(units).singleElement().extracting(InputUnit::warnings).asList().isEmpty();
    assertThat(((InputUnit.Loaded) units.get(0)).document().text())
        .isEqualTo("The caf\u00e9 on the quay reopened \u2013 prices up by \u00a32.");
  }

  @Test
  void aPageWithNoVisibleTextIsAnEmptyDocument() {
    InputUnit unit = DocumentReader.readFile(FIXTURES.resolve("scripts-only.html")).get(0);

    assertThat(((InputUnit.Rejected) unit).error().code()).isEqualTo("X003");
    assertThat(((InputUnit.Rejected) unit).error().message()).contains("scripts-only", "no visible text");
  }

  private static Document read(String fixture) {
    List<InputUnit> units = DocumentReader.readFile(FIXTURES.resolve(fixture));
    assertThat(units).singleElement().isInstanceOf(InputUnit.Loaded.class);
    return ((InputUnit.Loaded) units.get(0)).document();
  }
}
