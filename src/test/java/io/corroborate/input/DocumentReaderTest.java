package io.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import io.corroborate.Problem;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents become problems that name them; everything else is still read. */
class DocumentReaderTest {

  @Test
  void readsEveryFormatAndReportsEveryBadDocument(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("plain.txt"), "\uFEFFTwelve firefighters were hurt.\r\nSecond line.");
    Files.writeString(dir.resolve("one.json"), "{\"id\": \"j1\", \"source\": \"Outlet\", \"published\": \"2026-01-02\","
        + " \"title\": \"T\", \"text\": \"Body.\"}");
    Files.writeString(dir.resolve("many.jsonl"), "{\"id\": \"l1\", \"text\": \"First.\"}\n"
        + "{not json}\n"
        + "{\"id\": \"l3\"}\n"
        + "\n"
        + "{\"text\": \"No id.\"}\n");
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    Files.write(dir.resolve("legacy.txt"), "caf\u00e9 \u2013 news".getBytes(Charset.forName("windows-1252")));
    Files.writeString(dir.resolve("ignored.md"), "not an input");

    DocumentReader.Result result = DocumentReader.read(List.of(dir, dir.resolve("missing.txt")));

    assertThat(result.documents()).extracting(Document::id)
        .containsExactly("legacy", "l1", "many-5", "j1", "plain");
    Document plain = result.documents().get(4);
    assertThat(plain.text()).startsWith("Twelve").contains("\r\n"); // BOM dropped, text otherwise untouched
    assertThat(result.documents().get(0).text()).isEqualTo("caf\u00e9 \u2013 news");
    Document json = result.documents().get(3);
    assertThat(json.source()).isEqualTo("Outlet");
    assertThat(json.published()).isEqualTo("2026-01-02");
    assertThat(json.effectiveSource()).isEqualTo("Outlet");
    assertThat(plain.effectiveSource()).isEqualTo("plain");
    assertThat(result.problems()).extracting(p -> p.code() + " " + Path.of(p.file()).getFileName())
        .containsExactlyInAnyOrder(
            "X003 empty.txt", "X001 legacy.txt", "X002 many.jsonl:2", "X002 many.jsonl:3", "X001 missing.txt");
    assertThat(result.problems()).filteredOn(p -> p.file().endsWith("legacy.txt")).extracting(Problem::severity)
        .containsExactly("warning");
  }
}
