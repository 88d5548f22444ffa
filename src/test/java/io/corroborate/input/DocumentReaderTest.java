package io.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import io.corroborate.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents become problems that name them; everything else is still read. */
class DocumentReaderTest {

  @Test
  void readsEveryFormatAndReportsEveryBadDocument(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("plain.txt"), "\uFEFFTwelve firefighters were hurt.\r\nSecond line.\rThird.");
    Files.writeString(dir.resolve("one.json"), "{\"id\": \"j1\", \"source\": \"Outlet\", \"published\": \"2026-01-02\","
        + " \"title\": \"T\", \"text\": \"Body.\"}");
    Files.writeString(dir.resolve("many.jsonl"), "{\"id\": \"l1\", \"text\": \"First.\"}\n"
        + "{not json}\n"
        + "{\"id\": \"l3\"}\n"
        + "\n"
        + "{\"text\": \"No id.\"}\n");
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    Files.write(dir.resolve("legacy.txt"), "caf\u00e9 \u2013 news".getBytes(Charset.forName("windows-1252")));
    Files.writeString(dir.resolve("page.html"), "<p>Harbour reopens.</p>");
    Files.writeString(dir.resolve("ignored.md"), "not an input");

    DocumentReader.Result result = DocumentReader.read(List.of(dir, dir.resolve("missing.txt")));

    assertThat(result.documents()).extracting(Document::id)
        .containsExactly("legacy", "l1", "many-5", "j1", "page", "plain");
    Document plain = result.documents().get(5);
    assertThat(plain.text()).isEqualTo("Twelve firefighters were hurt.\nSecond line.\nThird."); // BOM dropped, LF
    assertThat(result.documents().get(0).text()).isEqualTo("caf\u00e9 \u2013 news");
    Document json = result.documents().get(3);
    assertThat(json.source()).isEqualTo("Outlet");
    assertThat(json.published()).isEqualTo("2026-01-02");
    assertThat(json.effectiveSource()).isEqualTo("Outlet");
    assertThat(json.sourceInferred()).isFalse();
    assertThat(plain.effectiveSource()).isEqualTo("plain");
    assertThat(result.problems()).extracting(p -> p.code() + " " + Path.of(p.file()).getFileName() + ":" + p.line())
        .containsExactlyInAnyOrder("X003 empty.txt:0", "X001 legacy.txt:0", "X002 many.jsonl:2", "X002 many.jsonl:3",
            "X001 missing.txt:0");
    assertThat(result.problems()).filteredOn(p -> p.file().endsWith("legacy.txt")).extracting(Problem::severity)
        .containsExactly("warning");
    assertThat(result.problems()).filteredOn(p -> p.line() == 3).extracting(Problem::message).singleElement()
        .asString().contains("document `l3`", "line 3 of", "many.jsonl", "has no text");
  }

  @Test
  void yieldsOneResultPerUnitSoABatchCanGoOn(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("mixed.jsonl"), ("{\"id\": \"a\", \"text\": \"Caf\u00e9 closed.\"}\n"
        + "[1, 2]\n"
        + "{\"id\": \"c\", \"text\": \"Ferry late.\"}\n").getBytes(Charset.forName("windows-1252")));

    List<InputUnit> units = DocumentReader.units(List.of(dir)).toList();

    assertThat(units).extracting(InputUnit::origin).containsExactly(
        dir.resolve("mixed.jsonl") + ":1", dir.resolve("mixed.jsonl") + ":2", dir.resolve("mixed.jsonl") + ":3");
    assertThat(units.get(0)).isInstanceOf(InputUnit.Loaded.class);
    assertThat(units.get(0).warnings()).extracting(Problem::message).singleElement().asString()
        .contains("read as windows-1252"); // the file's warning, once, with its first unit
    InputUnit.Rejected rejected = (InputUnit.Rejected) units.get(1);
    assertThat(rejected.error().message()).contains("line 2 of", "not a JSON object");
    assertThat(rejected.warnings()).isEmpty();
    assertThat(((InputUnit.Loaded) units.get(2)).document().text()).isEqualTo("Ferry late.");
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn() {
    List<InputUnit> units = DocumentReader.readBytes("feeds/story.json",
        "{\n  \"id\": \"s1\",\n  \"text\": \"Quay shut.\"\n  \"title\": \"x\"\n}".getBytes(StandardCharsets.UTF_8));

    Problem error = ((InputUnit.Rejected) units.get(0)).error();
    assertThat(error.code()).isEqualTo("X002");
    assertThat(error.file()).isEqualTo("feeds/story.json");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.column()).isPositive();
    assertThat(error.message()).startsWith("malformed JSON in `feeds/story.json` at line 4");
  }

  @Test
  void acceptsTheCommonFieldNamesOfNewsFeeds() {
    String json = "{\"id\": 7, \"source\": {\"id\": \"bx\", \"name\": \"Bayside Express\"},"
        + " \"published_at\": \"2026-02-03T10:00:00Z\", \"link\": \"https://bx.example/7\","
        + " \"headline\": \"Pier closed\", \"body\": [\"The pier closed.\", \"Boats wait offshore.\"]}";

    Document d = loaded(DocumentReader.readBytes("feed.json", json.getBytes(StandardCharsets.UTF_8)));

    assertThat(d).isEqualTo(new Document("7", "Bayside Express", "2026-02-03T10:00:00Z", "Pier closed",
        "The pier closed.\nBoats wait offshore.", "https://bx.example/7", null));
  }

  @Test
  void aJsonArrayHoldsSeveralDocuments() {
    String json = "[{\"outlet\": \"North Star\", \"date\": \"2026-01-05\", \"content\": \"One.\"},"
        + " {\"publisher\": \"South Wire\", \"text\": \"Two.\"}, {\"text\": 3}]";

    List<InputUnit> units = DocumentReader.readBytes("batch.json", json.getBytes(StandardCharsets.UTF_8));

    assertThat(units).extracting(InputUnit::origin).containsExactly("batch.json[0]", "batch.json[1]",
        "batch.json[2]");
    assertThat(((InputUnit.Loaded) units.get(0)).document()).extracting(Document::id, Document::source,
        Document::published).containsExactly("batch-1", "North Star", "2026-01-05");
    assertThat(((InputUnit.Loaded) units.get(1)).document().source()).isEqualTo("South Wire");
    assertThat(((InputUnit.Rejected) units.get(2)).error().message())
        .contains("document `batch-3` (element 2 of `batch.json`)", "`text` must be a string");
  }

  @Test
  void htmlInAJsonFieldIsReadLikeAPageAndJsonMetadataWins() {
    String json = "{\"id\": \"h\", \"title\": \"Given title\", \"html\": \"<html><head><meta property="
        + "\\\"og:site_name\\\" content=\\\"Page Outlet\\\"><meta property=\\\"og:title\\\" content=\\\"Page title\\\">"
        + "</head><body><nav>Menu</nav><p>Tide &amp; wind rose.</p><p>Boats stayed in.</p></body></html>\"}";

    Document d = loaded(DocumentReader.readBytes("h.json", json.getBytes(StandardCharsets.UTF_8)));

    assertThat(d.title()).isEqualTo("Given title");
    assertThat(d.source()).isEqualTo("Page Outlet");
    assertThat(d.text()).isEqualTo("Tide & wind rose.\nBoats stayed in.");
  }

  @Test
  void infersTheOutletWhenNoneIsGivenAndOffsetsPointIntoTheText() {
    String text = "Harbour reopens\r\n\r\nThe harbour reopened on Monday.\r\n"
        + "\u00a9 2026 The Example Lantern. All rights reserved.\r\n";

    Document d = loaded(DocumentReader.readBytes("lantern.txt", text.getBytes(StandardCharsets.UTF_8)));

    assertThat(d.source()).isEqualTo("The Example Lantern");
    assertThat(d.sourceEvidence().kind()).isEqualTo("copyright");
    assertThat(d.sourceEvidence().line()).isEqualTo(4);
    assertThat(d.text().substring(d.sourceEvidence().start(), d.sourceEvidence().end()))
        .isEqualTo(d.sourceEvidence().text()).isEqualTo("\u00a9 2026 The Example Lantern. All rights reserved.");
  }

  @Test
  void anOutletFromMetadataIsNeverOverriddenByTheText() {
    String json = "{\"id\": \"m\", \"source\": \"Given Outlet\", \"text\": \"Quay shut.\\n(Reuters) - more.\"}";

    Document d = loaded(DocumentReader.readBytes("m.json", json.getBytes(StandardCharsets.UTF_8)));

    assertThat(d.source()).isEqualTo("Given Outlet");
    assertThat(d.sourceEvidence()).isNull();
  }

  @Test
  void bytesThatAreNotTextAreRejectedWithTheReason() {
    byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2};
    byte[] undefinedInWindows1252 = {'a', (byte) 0xC3, 'b', (byte) 0x81};

    assertThat(((InputUnit.Rejected) DocumentReader.readBytes("scan.txt", binary).get(0)).error().message())
        .contains("`scan.txt` cannot be decoded", "byte 4 is a NUL");
    assertThat(((InputUnit.Rejected) DocumentReader.readBytes("odd.txt", undefinedInWindows1252).get(0)).error())
        .extracting(Problem::code, Problem::message)
        .containsExactly("X001", "`odd.txt` cannot be decoded: not UTF-8, and byte 3 (0x81) is not text in"
            + " windows-1252 either");
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() {
    byte[] bytes = "\uFEFFQuay shut.\r\n".getBytes(StandardCharsets.UTF_16LE);

    Document d = loaded(DocumentReader.readBytes("notepad.txt", bytes));

    assertThat(d.text()).isEqualTo("Quay shut.\n");
  }

  @Test
  void anEmptyJsonlFileIsAProblemNotSilence() {
    List<InputUnit> units = DocumentReader.readBytes("none.jsonl", "\n\n".getBytes(StandardCharsets.UTF_8));

    assertThat(units).singleElement().isInstanceOf(InputUnit.Rejected.class)
        .extracting(u -> ((InputUnit.Rejected) u).error().code()).isEqualTo("X003");
  }

  private static Document loaded(List<InputUnit> units) {
    assertThat(units).singleElement().isInstanceOf(InputUnit.Loaded.class);
    return ((InputUnit.Loaded) units.get(0)).document();
  }
}
